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
            <source>this group has no meetings in {year}; nothing was written</source>
            <translation>this group has no meetings in {year}; nothing was written</translation>
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
            <source>--group needs --year</source>
            <translation>--group needs --year</translation>
        </message>
        <message>
            <source>--year goes with --group; --meeting names the meeting by itself</source>
            <translation>--year goes with --group; --meeting names the meeting by itself</translation>
        </message>
        <message>
            <source>--out must name a .txt or .csv file, not {name}</source>
            <translation>--out must name a .txt or .csv file, not {name}</translation>
        </message>
        <message>
            <source>no register {name}; known registers: {known}</source>
            <translation>no register {name}; known registers: {known}</translation>
        </message>
        <message>
            <source>meeting {id} was not held: only a held meeting has a list; nothing was written</source>
            <translation>meeting {id} was not held: only a held meeting has a list; nothing was written</translation>
        </message>
        <message>
            <source>no meeting of this group was held in {year}; nothing was written</source>
            <translation>no meeting of this group was held in {year}; nothing was written</translation>
        </message>
        <message>
            <source>nobody present holds a {register} number; nothing was written</source>
            <translation>nobody present holds a {register} number; nothing was written</translation>
        </message>
        <message>
            <source>these options are required: {names}</source>
            <extracomment>argparse's message (Python 3.11-3.13) -&gt; our English template with the same fields.</extracomment>
            <translation>these options are required: {names}</translation>
        </message>
        <message>
            <source>one of the options {names} is required</source>
            <translation>one of the options {names} is required</translation>
        </message>
        <message>
            <source>unknown options or arguments: {names}</source>
            <translation>unknown options or arguments: {names}</translation>
        </message>
        <message>
            <source>{name}: {value} is not a choice (choose from {choices})</source>
            <translation>{name}: {value} is not a choice (choose from {choices})</translation>
        </message>
        <message>
            <source>{name}: {value} is not a valid value</source>
            <translation>{name}: {value} is not a valid value</translation>
        </message>
        <message>
            <source>{name} needs a value</source>
            <translation>{name} needs a value</translation>
        </message>
        <message>
            <source>{name} cannot be given together with {other}</source>
            <translation>{name} cannot be given together with {other}</translation>
        </message>
        <message>
            <source>{name}: not a year: {value}</source>
            <translation>{name}: not a year: {value}</translation>
        </message>
        <message>
            <source>{name}: not a number: {value}</source>
            <translation>{name}: not a number: {value}</translation>
        </message>
        <message>
            <source>{name}: must be a number more than 0 and at most {max}: {value}</source>
            <translation>{name}: must be a number more than 0 and at most {max}: {value}</translation>
        </message>
        <message>
            <source>{name} is ambiguous: it could mean {names}</source>
            <translation>{name} is ambiguous: it could mean {names}</translation>
        </message>
        <message>
            <source>{name}: {rest}</source>
            <translation>{name}: {rest}</translation>
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
