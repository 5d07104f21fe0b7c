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
            <source>this group has no meetings in {year}; nothing was written</source>
            <translation>deze groep heeft geen bijeenkomsten in {year}; er is niets geschreven</translation>
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
            <source>--group needs --year</source>
            <translation>--group vraagt om --year</translation>
        </message>
        <message>
            <source>--year goes with --group; --meeting names the meeting by itself</source>
            <translation>--year hoort bij --group; --meeting noemt de bijeenkomst zelf</translation>
        </message>
        <message>
            <source>--out must name a .txt or .csv file, not {name}</source>
            <translation>--out moet een .txt- of .csv-bestand noemen, niet {name}</translation>
        </message>
        <message>
            <source>no register {name}; known registers: {known}</source>
            <translation>geen register {name}; bekende registers: {known}</translation>
        </message>
        <message>
            <source>meeting {id} was not held: only a held meeting has a list; nothing was written</source>
            <translation>bijeenkomst {id} is niet gehouden: alleen een gehouden bijeenkomst heeft een lijst; er is niets geschreven</translation>
        </message>
        <message>
            <source>no meeting of this group was held in {year}; nothing was written</source>
            <translation>deze groep hield in {year} geen bijeenkomst; er is niets geschreven</translation>
        </message>
        <message>
            <source>nobody present holds a {register} number; nothing was written</source>
            <translation>niemand van de aanwezigen heeft een {register}-nummer; er is niets geschreven</translation>
        </message>
        <message>
            <source>these options are required: {names}</source>
            <extracomment>argparse's message (Python 3.11-3.13) -&gt; our English template with the same fields.</extracomment>
            <translation>deze opties zijn verplicht: {names}</translation>
        </message>
        <message>
            <source>one of the options {names} is required</source>
            <translation>een van de opties {names} is verplicht</translation>
        </message>
        <message>
            <source>unknown options or arguments: {names}</source>
            <translation>onbekende opties of argumenten: {names}</translation>
        </message>
        <message>
            <source>{name}: {value} is not a choice (choose from {choices})</source>
            <translation>{name}: {value} is geen keuze (kies uit {choices})</translation>
        </message>
        <message>
            <source>{name}: {value} is not a valid value</source>
            <translation>{name}: {value} is geen geldige waarde</translation>
        </message>
        <message>
            <source>{name} needs a value</source>
            <translation>{name} heeft een waarde nodig</translation>
        </message>
        <message>
            <source>{name} cannot be given together with {other}</source>
            <translation>{name} kan niet samen met {other} worden gegeven</translation>
        </message>
        <message>
            <source>{name}: not a year: {value}</source>
            <translation>{name}: geen jaartal: {value}</translation>
        </message>
        <message>
            <source>{name}: not a number: {value}</source>
            <translation>{name}: geen getal: {value}</translation>
        </message>
        <message>
            <source>{name}: must be a number more than 0 and at most {max}: {value}</source>
            <translation>{name}: moet een getal groter dan 0 en hoogstens {max} zijn: {value}</translation>
        </message>
        <message>
            <source>{name} is ambiguous: it could mean {names}</source>
            <translation>{name} is dubbelzinnig: het kan {names} betekenen</translation>
        </message>
        <message>
            <source>{name}: {rest}</source>
            <translation>{name}: {rest}</translation>
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
