<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Command</name>
        <message>
            <source>no group {name}</source>
            <translation>geen groep {name}</translation>
        </message>
        <message>
            <source>no meeting {id}</source>
            <translation>geen bijeenkomst {id}</translation>
        </message>
        <message>
            <source>no meeting of this group on {date}</source>
            <translation>geen bijeenkomst van deze groep op {date}</translation>
        </message>
        <message>
            <source>--group needs --date</source>
            <translation>--group vraagt om --date</translation>
        </message>
        <message>
            <source>--date goes with --group; --meeting names the meeting by itself</source>
            <translation>--date hoort bij --group; --meeting noemt de bijeenkomst zelf al</translation>
        </message>
        <message>
            <source>nobody attended a meeting of this group in {year}</source>
            <translation>niemand heeft in {year} een bijeenkomst van deze groep bijgewoond</translation>
        </message>
        <message>
            <source>no meeting of this group was held in {year}: there is nothing to sum up or declare; nothing was written</source>
            <translation>deze groep heeft in {year} geen bijeenkomsten gehouden: er valt niets samen te vatten of te verklaren; er is niets geschreven</translation>
        </message>
        <message>
            <source>cannot write{where}: {reason}</source>
            <translation>kan niet schrijven{where}: {reason}</translation>
        </message>
        <message>
            <source>error</source>
            <translation>fout</translation>
        </message>
        <message>
            <source>--out must name a .pdf file, not {name}</source>
            <translation>--out moet een .pdf-bestand noemen, niet {name}</translation>
        </message>
        <message>
            <source>--out must name a .pdf or a .txt file, not {name}</source>
            <translation>--out moet een .pdf- of .txt-bestand noemen, niet {name}</translation>
        </message>
        <message>
            <source>no method {key}</source>
            <translation>geen methode {key}</translation>
        </message>
    </context>
</TS>
