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
            <source>Planned meetings as calendar (.&amp;ics)…</source>
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
    <context>
        <name>KitDialog</name>
        <message>
            <source>Export method cards</source>
            <translation>Methodekaarten exporteren</translation>
        </message>
        <message>
            <source>Export case preparation forms</source>
            <translation>Voorbereidingsformulieren exporteren</translation>
        </message>
        <message>
            <source>Cards of the methods this group uses: phases, time, who speaks, the rules of each phase and the chair's script, for a meeting without the program.</source>
            <translation>Kaarten van de methoden die deze groep gebruikt: fasen, tijd, wie spreekt, de regels van elke fase en het draaiboek voor de voorzitter, voor een bijeenkomst zonder het programma.</translation>
        </message>
        <message>
            <source>A form on which the case bringer prepares: the question for the group, the situation, what was tried and what they want from the group.</source>
            <translation>Een formulier waarop de inbrenger zich voorbereidt: de vraag aan de groep, de situatie, wat al is geprobeerd en wat de inbrenger van de groep wil.</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Groep:</translation>
        </message>
        <message>
            <source>every method the group uses</source>
            <translation>elke methode die de groep gebruikt</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Methode:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papier:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
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
            <source>method cards</source>
            <translation>methodekaarten</translation>
        </message>
        <message>
            <source>case preparation</source>
            <translation>casusvoorbereiding</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>De pdf wordt geschreven…</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Geëxporteerd naar {path}</translation>
        </message>
        <message>
            <source>The PDF could not be written.</source>
            <translation>De pdf kon niet worden geschreven.</translation>
        </message>
        <message>
            <source>&amp;Method cards (PDF)…</source>
            <translation>&amp;Methodekaarten (PDF)…</translation>
        </message>
        <message>
            <source>Cas&amp;e preparation form (PDF)…</source>
            <translation>Casusvoor&amp;bereiding (PDF)…</translation>
        </message>
    </context>
    <context>
        <name>MinutesButton</name>
        <message>
            <source>Mi&amp;nutes…</source>
            <translation>&amp;Verslag…</translation>
        </message>
        <message>
            <source>Minutes of this meeting for the group: copy them or save a PDF</source>
            <translation>Verslag van deze bijeenkomst voor de groep: kopieer het of bewaar een pdf</translation>
        </message>
    </context>
    <context>
        <name>MinutesDialog</name>
        <message>
            <source>Minutes for the group</source>
            <translation>Verslag voor de groep</translation>
        </message>
        <message>
            <source>What the group may see: attendance, topic labels, methods, the next meeting and the agreed actions of cases where “In the minutes” is ticked. Descriptions, notes, outcomes and evaluations are never included.</source>
            <translation>Wat de groep mag zien: aanwezigheid, onderwerpen, methoden, de volgende bijeenkomst en de afgesproken acties van casussen waarbij ‘In het verslag’ is aangevinkt. Beschrijvingen, notities, uitkomsten en evaluaties staan er nooit in.</translation>
        </message>
        <message>
            <source>Text of the minutes</source>
            <translation>Tekst van het verslag</translation>
        </message>
        <message>
            <source>&amp;Include speaking time per round</source>
            <translation>&amp;Spreektijd per ronde opnemen</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <source>PDF file</source>
            <translation>Pdf-bestand</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bladeren…</translation>
        </message>
        <message>
            <source>&amp;Copy text</source>
            <translation>Tekst &amp;kopiëren</translation>
        </message>
        <message>
            <source>&amp;Save as PDF</source>
            <translation>Als &amp;pdf bewaren</translation>
        </message>
        <message>
            <source>Who spoke how long in each round, with the shortest, median and longest turn. Off unless you tick it: the group sees these times in the minutes.</source>
            <translation>Wie hoe lang sprak in elke ronde, met de kortste, mediane en langste beurt. Uit tenzij u het aanvinkt: de groep ziet deze tijden in het verslag.</translation>
        </message>
        <message>
            <source>Speaking time is measured when the meeting's session is run to the end.</source>
            <translation>Spreektijd wordt gemeten als de sessie van de bijeenkomst tot het einde is doorlopen.</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>The minutes were copied; paste them into an e-mail.</source>
            <translation>Het verslag is gekopieerd; plak het in een e-mail.</translation>
        </message>
        <message>
            <source>&amp;Copied</source>
            <translation>&amp;Gekopieerd</translation>
        </message>
        <message>
            <source>Writing the minutes…</source>
            <translation>Het verslag wordt geschreven…</translation>
        </message>
        <message>
            <source>Minutes written to {path}</source>
            <translation>Verslag geschreven naar {path}</translation>
        </message>
        <message>
            <source>&amp;Saved</source>
            <translation>&amp;Bewaard</translation>
        </message>
        <message>
            <source>The minutes could not be written.</source>
            <translation>Het verslag kon niet worden geschreven.</translation>
        </message>
    </context>
</TS>
