<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Command</name>
        <message>
            <source>no group {name}</source>
            <translation>no group {name}</translation>
        </message>
        <message>
            <source>no meeting {id}</source>
            <translation>no meeting {id}</translation>
        </message>
        <message>
            <source>no meeting of this group on {date}</source>
            <translation>no meeting of this group on {date}</translation>
        </message>
        <message>
            <source>--group needs --date</source>
            <translation>--group needs --date</translation>
        </message>
        <message>
            <source>--date goes with --group; --meeting names the meeting by itself</source>
            <translation>--date goes with --group; --meeting names the meeting by itself</translation>
        </message>
        <message>
            <source>nobody attended a meeting of this group in {year}</source>
            <translation>nobody attended a meeting of this group in {year}</translation>
        </message>
        <message>
            <source>no meeting of this group was held in {year}: there is nothing to sum up or declare; nothing was written</source>
            <translation>no meeting of this group was held in {year}: there is nothing to sum up or declare; nothing was written</translation>
        </message>
        <message>
            <source>cannot write{where}: {reason}</source>
            <translation>cannot write{where}: {reason}</translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>--out must name a .pdf file, not {name}</source>
            <translation>--out must name a .pdf file, not {name}</translation>
        </message>
        <message>
            <source>--out must name a .pdf or a .txt file, not {name}</source>
            <translation>--out must name a .pdf or a .txt file, not {name}</translation>
        </message>
        <message>
            <source>no method {key}</source>
            <translation>no method {key}</translation>
        </message>
    </context>
</TS>
