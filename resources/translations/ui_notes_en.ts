<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Title</source>
            <extracomment>Its saves reach the hub as made by the pane it was made for, which shows them itself.</extracomment>
            <translation>Title</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Pinned</translation>
        </message>
        <message>
            <source>About group</source>
            <translation>About group</translation>
        </message>
        <message>
            <source>About member</source>
            <translation>About member</translation>
        </message>
        <message>
            <source>About case</source>
            <translation>About case</translation>
        </message>
        <message>
            <source>About meeting</source>
            <translation>About meeting</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Note text</translation>
        </message>
        <message>
            <source>Write in Markdown: # heading, **bold**, *italic*, - list</source>
            <translation>Write in Markdown: # heading, **bold**, *italic*, - list</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>Write</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Delete note…</source>
            <translation>Delete note…</translation>
        </message>
        <message>
            <source>About:</source>
            <translation>About:</translation>
        </message>
        <message>
            <source>No group</source>
            <translation>No group</translation>
        </message>
        <message>
            <source>No member</source>
            <translation>No member</translation>
        </message>
        <message>
            <source>No meeting</source>
            <translation>No meeting</translation>
        </message>
        <message>
            <source>No case</source>
            <translation>No case</translation>
        </message>
        <message>
            <source>Case: {topic} ({date})</source>
            <translation>Case: {topic} ({date})</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Editing…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Delete note</translation>
        </message>
        <message>
            <source>Delete this note for good? It cannot be recovered.</source>
            <translation>Delete this note for good? It cannot be recovered.</translation>
        </message>
    </context>
    <context>
        <name>NotesPane</name>
        <message>
            <source>Search notes (Ctrl+F)</source>
            <translation>Search notes (Ctrl+F)</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>New note</translation>
        </message>
        <message>
            <source>New note (Ctrl+N)</source>
            <translation>New note (Ctrl+N)</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>All groups</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>All members</source>
            <translation>All members</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) found</source>
            <translation>
                <numerusform>%n note found</numerusform>
                <numerusform>%n notes found</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing the latest {shown} of {total} notes; filter or search for more.</source>
            <translation>Showing the latest {shown} of {total} notes; filter or search for more.</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Pinned</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Search notes</source>
            <extracomment>What the notes pane shows: notes, and the groups, members, meetings and cases they are about. The list shows at most this many notes; filters and search narrow it down.</extracomment>
            <translation>Search notes</translation>
        </message>
        <message>
            <source>Meeting of {date}</source>
            <translation>Meeting of {date}</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(untitled)</translation>
        </message>
    </context>
    <context>
        <name>PrivacyFeatures</name>
        <message>
            <source>Notes</source>
            <extracomment>The part of the window's width the notes take when first opened.</extracomment>
            <translation>Notes</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>Show &amp;notes</source>
            <translation>Show &amp;notes</translation>
        </message>
        <message>
            <source>&amp;Search everywhere…</source>
            <translation>&amp;Search everywhere…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>&amp;Protection…</source>
            <translation>&amp;Protection…</translation>
        </message>
    </context>
</TS>
