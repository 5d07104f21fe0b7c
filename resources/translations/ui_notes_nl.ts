<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Title</source>
            <extracomment>Its saves reach the hub as made by the pane it was made for, which shows them itself.</extracomment>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Vastgezet</translation>
        </message>
        <message>
            <source>About group</source>
            <translation>Over groep</translation>
        </message>
        <message>
            <source>About member</source>
            <translation>Over lid</translation>
        </message>
        <message>
            <source>About case</source>
            <translation>Over casus</translation>
        </message>
        <message>
            <source>About meeting</source>
            <translation>Over bijeenkomst</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Tekst van de notitie</translation>
        </message>
        <message>
            <source>Write in Markdown: # heading, **bold**, *italic*, - list</source>
            <translation>Schrijf in Markdown: # kop, **vet**, *cursief*, - lijst</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>Schrijven</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Voorbeeld</translation>
        </message>
        <message>
            <source>Delete note…</source>
            <translation>Notitie verwijderen…</translation>
        </message>
        <message>
            <source>About:</source>
            <translation>Over:</translation>
        </message>
        <message>
            <source>No group</source>
            <translation>Geen groep</translation>
        </message>
        <message>
            <source>No member</source>
            <translation>Geen deelnemer</translation>
        </message>
        <message>
            <source>No meeting</source>
            <translation>Geen bijeenkomst</translation>
        </message>
        <message>
            <source>No case</source>
            <translation>Geen casus</translation>
        </message>
        <message>
            <source>Case: {topic} ({date})</source>
            <translation>Casus: {topic} ({date})</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Bezig met bewerken…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Opgeslagen</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Notitie verwijderen</translation>
        </message>
        <message>
            <source>Delete this note for good? It cannot be recovered.</source>
            <translation>Deze notitie definitief verwijderen? Ze is daarna niet terug te halen.</translation>
        </message>
    </context>
    <context>
        <name>NotesPane</name>
        <message>
            <source>Search notes (Ctrl+F)</source>
            <translation>Notities zoeken (Ctrl+F)</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nieuwe notitie</translation>
        </message>
        <message>
            <source>New note (Ctrl+N)</source>
            <translation>Nieuwe notitie (Ctrl+N)</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>Alle groepen</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Alle jaren</translation>
        </message>
        <message>
            <source>All members</source>
            <translation>Alle deelnemers</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) found</source>
            <translation>
                <numerusform>%n notitie gevonden</numerusform>
                <numerusform>%n notities gevonden</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing the latest {shown} of {total} notes; filter or search for more.</source>
            <translation>De nieuwste {shown} van {total} notities; filter of zoek voor meer.</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n notitie</numerusform>
                <numerusform>%n notities</numerusform>
            </translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Vastgezet</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Search notes</source>
            <extracomment>What the notes pane shows: notes, and the groups, members, meetings and cases they are about. The list shows at most this many notes; filters and search narrow it down.</extracomment>
            <translation>Notities zoeken</translation>
        </message>
        <message>
            <source>Meeting of {date}</source>
            <translation>Bijeenkomst van {date}</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(zonder titel)</translation>
        </message>
    </context>
    <context>
        <name>PrivacyFeatures</name>
        <message>
            <source>Notes</source>
            <extracomment>The part of the window's width the notes take when first opened.</extracomment>
            <translation>Notities</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notities</translation>
        </message>
        <message>
            <source>Show &amp;notes</source>
            <translation>&amp;Notities tonen</translation>
        </message>
        <message>
            <source>&amp;Search everywhere…</source>
            <translation>Overal &amp;zoeken…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Vergrendelen</translation>
        </message>
        <message>
            <source>&amp;Protection…</source>
            <translation>&amp;Beveiliging…</translation>
        </message>
    </context>
</TS>
