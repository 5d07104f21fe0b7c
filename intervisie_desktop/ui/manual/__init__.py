"""The built-in manual: Markdown pages in resources/manual/<lang>/, shown in a window of its
own (a QTextBrowser, no browser engine, nothing loaded from the network), and F1 that opens
the page of the pane it was pressed on."""
