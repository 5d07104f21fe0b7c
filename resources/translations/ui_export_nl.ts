<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>The folder {path} already holds files; certificates with the same names will be replaced. Continue?</source>
            <translation>De map {path} bevat al bestanden; certificaten met dezelfde naam worden vervangen. Doorgaan?</translation>
        </message>
        <message>
            <source>{path} already exists. Replace it?</source>
            <translation>{path} bestaat al. Vervangen?</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>&amp;Vervangen</translation>
        </message>
        <message>
            <source>&amp;Keep the file</source>
            <translation>Bestand &amp;behouden</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>&amp;Group:</source>
            <extracomment>The exports that ask for a year.</extracomment>
            <translation>&amp;Groep:</translation>
        </message>
        <message>
            <source>Include the &amp;topic labels of the cases</source>
            <translation>&amp;Onderwerpen van de casussen opnemen</translation>
        </message>
        <message>
            <source>One PDF &amp;per participant (into a folder)</source>
            <translation>Eén PDF &amp;per deelnemer (in een map)</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Jaar:</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>&amp;Bijeenkomst:</translation>
        </message>
        <message>
            <source>Points per &amp;hour:</source>
            <translation>Punten per &amp;uur:</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Opslaan als</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bladeren…</translation>
        </message>
        <message>
            <source>&amp;Save as:</source>
            <translation>Op&amp;slaan als:</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exporteren</translation>
        </message>
        <message>
            <source>Export yearly summary</source>
            <translation>Jaaroverzicht exporteren</translation>
        </message>
        <message>
            <source>Export certificates</source>
            <translation>Deelnamebewijzen exporteren</translation>
        </message>
        <message>
            <source>Export attendance list</source>
            <translation>Presentielijst exporteren</translation>
        </message>
        <message>
            <source>Export attendance as CSV</source>
            <translation>Aanwezigheid exporteren als CSV</translation>
        </message>
        <message>
            <source>Export planned meetings as calendar</source>
            <translation>Geplande bijeenkomsten exporteren als agenda</translation>
        </message>
        <message>
            <source>Export the record of a held meeting</source>
            <translation>Verslag van een gehouden bijeenkomst exporteren</translation>
        </message>
        <message>
            <source>Export year plan</source>
            <translation>Jaarplan exporteren</translation>
        </message>
        <message>
            <source>Export reflection statements</source>
            <translation>Reflectieverklaringen exporteren</translation>
        </message>
        <message>
            <source>certificates</source>
            <translation>certificaten</translation>
        </message>
        <message>
            <source>meeting record</source>
            <translation>verslag</translation>
        </message>
        <message>
            <source>year plan</source>
            <translation>jaarplan</translation>
        </message>
        <message>
            <source>reflection</source>
            <translation>reflectie</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Map</translation>
        </message>
    </context>
    <context>
        <name>ExportMenu</name>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exporteren</translation>
        </message>
        <message>
            <source>&amp;Yearly summary (PDF)…</source>
            <translation>&amp;Jaaroverzicht (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Certificates (PDF)…</source>
            <translation>&amp;Deelnamebewijzen (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Attendance list to sign (PDF)…</source>
            <translation>&amp;Presentielijst om te tekenen (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Record of a held meeting (PDF)…</source>
            <translation>&amp;Verslag van een gehouden bijeenkomst (PDF)…</translation>
        </message>
        <message>
            <source>Year &amp;plan (PDF)…</source>
            <translation>Jaarp&amp;lan (PDF)…</translation>
        </message>
        <message>
            <source>Re&amp;flection statements (PDF)…</source>
            <translation>&amp;Reflectieverklaringen (PDF)…</translation>
        </message>
        <message>
            <source>Attendance as C&amp;SV…</source>
            <translation>Aanwezigheid als C&amp;SV…</translation>
        </message>
        <message>
            <source>Planned meetings as &amp;calendar (.ics)…</source>
            <translation>Geplande bijeenkomsten als &amp;agenda (.ics)…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <source>Nothing to export.</source>
            <translation>Er is niets te exporteren.</translation>
        </message>
        <message>
            <source>No meeting of this group was held in {year}: there is nothing to sum up or declare. Nothing was written.</source>
            <translation>Deze groep heeft in {year} geen bijeenkomsten gehouden: er valt niets samen te vatten of te verklaren. Er is niets geschreven.</translation>
        </message>
        <message>
            <source>This group has no meetings in this year.</source>
            <translation>Deze groep heeft in dit jaar geen bijeenkomsten.</translation>
        </message>
        <message>
            <source>Nobody attended a meeting in this year.</source>
            <translation>In dit jaar heeft niemand een bijeenkomst bijgewoond.</translation>
        </message>
        <message>
            <source>Writing the export…</source>
            <translation>De export wordt geschreven…</translation>
        </message>
        <message>
            <source>Written to {path}</source>
            <translation>Geschreven naar {path}</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Geëxporteerd naar {path}</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Openen</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>Tonen in &amp;map</translation>
        </message>
        <message>
            <source>The export could not be written.</source>
            <translation>De export kon niet worden geschreven.</translation>
        </message>
    </context>
    <context>
        <name>ExportRunner</name>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Exporteren</translation>
        </message>
    </context>
</TS>
