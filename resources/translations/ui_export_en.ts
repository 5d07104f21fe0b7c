<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>The folder {path} already holds files; certificates with the same names will be replaced. Continue?</source>
            <translation>The folder {path} already holds files; certificates with the same names will be replaced. Continue?</translation>
        </message>
        <message>
            <source>{path} already exists. Replace it?</source>
            <translation>{path} already exists. Replace it?</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>&amp;Replace</translation>
        </message>
        <message>
            <source>&amp;Keep the file</source>
            <translation>&amp;Keep the file</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>&amp;Group:</source>
            <extracomment>The exports that ask for a year.</extracomment>
            <translation>&amp;Group:</translation>
        </message>
        <message>
            <source>Include the &amp;topic labels of the cases</source>
            <translation>Include the &amp;topic labels of the cases</translation>
        </message>
        <message>
            <source>One PDF &amp;per participant (into a folder)</source>
            <translation>One PDF &amp;per participant (into a folder)</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>&amp;Meeting:</translation>
        </message>
        <message>
            <source>Points per &amp;hour:</source>
            <translation>Points per &amp;hour:</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Save as</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;Save as:</source>
            <translation>&amp;Save as:</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>Export yearly summary</source>
            <translation>Export yearly summary</translation>
        </message>
        <message>
            <source>Export certificates</source>
            <translation>Export certificates</translation>
        </message>
        <message>
            <source>Export attendance list</source>
            <translation>Export attendance list</translation>
        </message>
        <message>
            <source>Export attendance as CSV</source>
            <translation>Export attendance as CSV</translation>
        </message>
        <message>
            <source>Export planned meetings as calendar</source>
            <translation>Export planned meetings as calendar</translation>
        </message>
        <message>
            <source>Export the record of a held meeting</source>
            <translation>Export the record of a held meeting</translation>
        </message>
        <message>
            <source>Export year plan</source>
            <translation>Export year plan</translation>
        </message>
        <message>
            <source>Export reflection statements</source>
            <translation>Export reflection statements</translation>
        </message>
        <message>
            <source>certificates</source>
            <translation>certificates</translation>
        </message>
        <message>
            <source>meeting record</source>
            <translation>meeting record</translation>
        </message>
        <message>
            <source>year plan</source>
            <translation>year plan</translation>
        </message>
        <message>
            <source>reflection</source>
            <translation>reflection</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
    </context>
    <context>
        <name>ExportMenu</name>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>&amp;Yearly summary (PDF)…</source>
            <translation>&amp;Yearly summary (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Certificates (PDF)…</source>
            <translation>&amp;Certificates (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Attendance list to sign (PDF)…</source>
            <translation>&amp;Attendance list to sign (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Record of a held meeting (PDF)…</source>
            <translation>&amp;Record of a held meeting (PDF)…</translation>
        </message>
        <message>
            <source>Year &amp;plan (PDF)…</source>
            <translation>Year &amp;plan (PDF)…</translation>
        </message>
        <message>
            <source>Re&amp;flection statements (PDF)…</source>
            <translation>Re&amp;flection statements (PDF)…</translation>
        </message>
        <message>
            <source>Attendance as C&amp;SV…</source>
            <translation>Attendance as C&amp;SV…</translation>
        </message>
        <message>
            <source>Planned meetings as calendar (.&amp;ics)…</source>
            <translation>Planned meetings as calendar (.&amp;ics)…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Nothing to export.</source>
            <translation>Nothing to export.</translation>
        </message>
        <message>
            <source>No meeting of this group was held in {year}: there is nothing to sum up or declare. Nothing was written.</source>
            <translation>No meeting of this group was held in {year}: there is nothing to sum up or declare. Nothing was written.</translation>
        </message>
        <message>
            <source>This group has no meetings in this year.</source>
            <translation>This group has no meetings in this year.</translation>
        </message>
        <message>
            <source>Nobody attended a meeting in this year.</source>
            <translation>Nobody attended a meeting in this year.</translation>
        </message>
        <message>
            <source>Writing the export…</source>
            <translation>Writing the export…</translation>
        </message>
        <message>
            <source>Written to {path}</source>
            <translation>Written to {path}</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Exported to {path}</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>Show in &amp;folder</translation>
        </message>
        <message>
            <source>The export could not be written.</source>
            <translation>The export could not be written.</translation>
        </message>
    </context>
    <context>
        <name>ExportRunner</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Exporting</translation>
        </message>
    </context>
    <context>
        <name>KitDialog</name>
        <message>
            <source>Export method cards</source>
            <translation>Export method cards</translation>
        </message>
        <message>
            <source>Export case preparation forms</source>
            <translation>Export case preparation forms</translation>
        </message>
        <message>
            <source>Cards of the methods this group uses: phases, time, who speaks, the rules of each phase and the chair's script, for a meeting without the program.</source>
            <translation>Cards of the methods this group uses: phases, time, who speaks, the rules of each phase and the chair's script, for a meeting without the program.</translation>
        </message>
        <message>
            <source>A form on which the case bringer prepares: the question for the group, the situation, what was tried and what they want from the group.</source>
            <translation>A form on which the case bringer prepares: the question for the group, the situation, what was tried and what they want from the group.</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Group:</translation>
        </message>
        <message>
            <source>every method the group uses</source>
            <translation>every method the group uses</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Method:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Paper:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Save as</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;Save as:</source>
            <translation>&amp;Save as:</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>method cards</source>
            <translation>method cards</translation>
        </message>
        <message>
            <source>case preparation</source>
            <translation>case preparation</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>Writing the PDF…</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Exported to {path}</translation>
        </message>
        <message>
            <source>The PDF could not be written.</source>
            <translation>The PDF could not be written.</translation>
        </message>
        <message>
            <source>&amp;Method cards (PDF)…</source>
            <translation>&amp;Method cards (PDF)…</translation>
        </message>
        <message>
            <source>Cas&amp;e preparation form (PDF)…</source>
            <translation>Cas&amp;e preparation form (PDF)…</translation>
        </message>
    </context>
    <context>
        <name>MinutesButton</name>
        <message>
            <source>Mi&amp;nutes…</source>
            <translation>Mi&amp;nutes…</translation>
        </message>
        <message>
            <source>Minutes of this meeting for the group: copy them or save a PDF</source>
            <translation>Minutes of this meeting for the group: copy them or save a PDF</translation>
        </message>
    </context>
    <context>
        <name>MinutesDialog</name>
        <message>
            <source>Minutes for the group</source>
            <translation>Minutes for the group</translation>
        </message>
        <message>
            <source>What the group may see: attendance, topic labels, methods, the next meeting and the agreed actions of cases where “In the minutes” is ticked. Descriptions, notes, outcomes and evaluations are never included.</source>
            <translation>What the group may see: attendance, topic labels, methods, the next meeting and the agreed actions of cases where “In the minutes” is ticked. Descriptions, notes, outcomes and evaluations are never included.</translation>
        </message>
        <message>
            <source>Text of the minutes</source>
            <translation>Text of the minutes</translation>
        </message>
        <message>
            <source>&amp;Include speaking time per round</source>
            <translation>&amp;Include speaking time per round</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>PDF file</source>
            <translation>PDF file</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;Copy text</source>
            <translation>&amp;Copy text</translation>
        </message>
        <message>
            <source>&amp;Save as PDF</source>
            <translation>&amp;Save as PDF</translation>
        </message>
        <message>
            <source>Who spoke how long in each round, with the shortest, median and longest turn. Off unless you tick it: the group sees these times in the minutes.</source>
            <translation>Who spoke how long in each round, with the shortest, median and longest turn. Off unless you tick it: the group sees these times in the minutes.</translation>
        </message>
        <message>
            <source>Speaking time is measured when the meeting's session is run to the end.</source>
            <translation>Speaking time is measured when the meeting's session is run to the end.</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>The minutes were copied; paste them into an e-mail.</source>
            <translation>The minutes were copied; paste them into an e-mail.</translation>
        </message>
        <message>
            <source>&amp;Copied</source>
            <translation>&amp;Copied</translation>
        </message>
        <message>
            <source>Writing the minutes…</source>
            <translation>Writing the minutes…</translation>
        </message>
        <message>
            <source>Minutes written to {path}</source>
            <translation>Minutes written to {path}</translation>
        </message>
        <message>
            <source>&amp;Saved</source>
            <translation>&amp;Saved</translation>
        </message>
        <message>
            <source>The minutes could not be written.</source>
            <translation>The minutes could not be written.</translation>
        </message>
    </context>
</TS>
