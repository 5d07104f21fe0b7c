<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>AttendanceList</name>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Planned time</source>
            <translation>Geplande tijd</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Led by</source>
            <translation>Geleid door</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Begeleider</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Register and number</source>
            <translation>Register en nummer</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Handtekening</translation>
        </message>
        <message>
            <source>Times as held</source>
            <translation>Tijden zoals gehouden</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Begintijd</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>Eindtijd</translation>
        </message>
        <message>
            <source>Signature of the supervisor</source>
            <translation>Handtekening begeleider</translation>
        </message>
        <message>
            <source>Attendance list</source>
            <translation>Presentielijst</translation>
        </message>
        <message>
            <source>Attendance of the meeting of {date}</source>
            <translation>Aanwezigheid bij de bijeenkomst van {date}</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <source>Peer consultation: {group}</source>
            <translation>Intervisie: {group}</translation>
        </message>
        <message>
            <source>Theme: {theme}</source>
            <translation>Thema: {theme}</translation>
        </message>
        <message>
            <source>Supervisor: {name}</source>
            <translation>Begeleider: {name}</translation>
        </message>
        <message>
            <source>(online)</source>
            <translation>(online)</translation>
        </message>
    </context>
    <context>
        <name>Certificate</name>
        <message>
            <source>Certificate of participation</source>
            <translation>Bewijs van deelname</translation>
        </message>
        <message>
            <source>Guided peer consultation {year}</source>
            <translation>Begeleide intervisie {year}</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <source>Register and number</source>
            <translation>Register en nummer</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Profession or context</source>
            <translation>Beroep of context</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Meetings attended</source>
            <translation>Bijeenkomsten bijgewoond</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Punten</translation>
        </message>
        <message>
            <source>{points} ({per_hour} per hour)</source>
            <translation>{points} ({per_hour} per uur)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>No meetings attended in this year.</source>
            <translation>Geen bijeenkomsten bijgewoond in dit jaar.</translation>
        </message>
        <message>
            <source>Learning goals</source>
            <translation>Leerdoelen</translation>
        </message>
        <message>
            <source>Declaration by the supervisor</source>
            <translation>Verklaring van de begeleider</translation>
        </message>
        <message>
            <source>Certificate of participation {year} — {who}</source>
            <translation>Bewijs van deelname {year} — {who}</translation>
        </message>
        <message>
            <source>Meetings and hours of guided peer consultation in {year}</source>
            <translation>Bijeenkomsten en uren begeleide intervisie in {year}</translation>
        </message>
        <message>
            <source>certificates</source>
            <extracomment>No register gives more; a larger figure on a signed certificate is a typing error.</extracomment>
            <translation>certificaten</translation>
        </message>
    </context>
    <context>
        <name>Csv</name>
        <message>
            <source>present</source>
            <translation>aanwezig</translation>
        </message>
        <message>
            <source>partly present</source>
            <translation>deels aanwezig</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>afwezig</translation>
        </message>
        <message>
            <source>excused</source>
            <translation>afgemeld</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>niet ingevuld</translation>
        </message>
        <message>
            <source>group</source>
            <translation>groep</translation>
        </message>
        <message>
            <source>date</source>
            <translation>datum</translation>
        </message>
        <message>
            <source>start</source>
            <translation>begin</translation>
        </message>
        <message>
            <source>end</source>
            <translation>eind</translation>
        </message>
        <message>
            <source>meeting minutes</source>
            <translation>minuten bijeenkomst</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>deelnemer</translation>
        </message>
        <message>
            <source>register</source>
            <translation>register</translation>
        </message>
        <message>
            <source>registration number</source>
            <translation>registratienummer</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>minutes attended</source>
            <translation>minuten aanwezig</translation>
        </message>
        <message>
            <source>hours attended</source>
            <translation>uren aanwezig</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Page {n} of {total}</source>
            <translation>Pagina {n} van {total}</translation>
        </message>
        <message>
            <source>Intervisie — drawn up on {date}</source>
            <translation>Intervisie — opgesteld op {date}</translation>
        </message>
        <message>
            <source>I declare that {participant} took part in the meetings of peer consultation listed above in {year} under my guidance, and that the hours shown are correct.</source>
            <translation>Ik verklaar dat {participant} in {year} onder mijn begeleiding heeft deelgenomen aan de hierboven vermelde intervisiebijeenkomsten en dat de vermelde uren juist zijn.</translation>
        </message>
        <message>
            <source>I declare that the meetings of peer consultation listed in this document took place in {year} under my guidance, and that the attendance and hours shown are correct.</source>
            <translation>Ik verklaar dat de in dit document vermelde intervisiebijeenkomsten in {year} onder mijn begeleiding hebben plaatsgevonden en dat de vermelde aanwezigheid en uren juist zijn.</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Begeleider</translation>
        </message>
        <message>
            <source>Register and number</source>
            <translation>Register en nummer</translation>
        </message>
        <message>
            <source>Place and date</source>
            <translation>Plaats en datum</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Handtekening</translation>
        </message>
    </context>
    <context>
        <name>MethodCards</name>
        <message>
            <source>you turn away, listen and may take notes</source>
            <translation>je draait je om, luistert en mag aantekeningen maken</translation>
        </message>
        <message>
            <source>you listen without reacting</source>
            <translation>je luistert zonder te reageren</translation>
        </message>
        <message>
            <source>you speak</source>
            <translation>je vertelt</translation>
        </message>
        <message>
            <source>the others take turns; you answer or listen</source>
            <translation>de anderen zijn om de beurt aan het woord; jij antwoordt of luistert</translation>
        </message>
        <message>
            <source>everyone writes, you too</source>
            <translation>iedereen schrijft, jij ook</translation>
        </message>
        <message>
            <source>you take part</source>
            <translation>je doet mee</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>Keep it anonymous: initials or a pseudonym, no names, birth dates or institutions. This form is yours; you do not hand it in.</source>
            <translation>Houd het anoniem: initialen of een schuilnaam, geen namen, geboortedata of instellingen. Dit formulier is van jou; je levert het niet in.</translation>
        </message>
        <message>
            <source>1. My question for the group</source>
            <translation>1. Mijn vraag aan de groep</translation>
        </message>
        <message>
            <source>One open question, for example: “How can I …?”</source>
            <translation>Eén open vraag, bijvoorbeeld: ‘Hoe kan ik …?’</translation>
        </message>
        <message>
            <source>2. The situation</source>
            <translation>2. De situatie</translation>
        </message>
        <message>
            <source>What happened, who was involved, what was your part, what makes it hard?</source>
            <translation>Wat gebeurde er, wie waren erbij betrokken, wat was jouw aandeel, wat maakt het lastig?</translation>
        </message>
        <message>
            <source>3. What I have tried</source>
            <translation>3. Wat ik al heb geprobeerd</translation>
        </message>
        <message>
            <source>And what came of it.</source>
            <translation>En wat dat opleverde.</translation>
        </message>
        <message>
            <source>4. What I want from the group</source>
            <translation>4. Wat ik van de groep wil</translation>
        </message>
        <message>
            <source>Questions, other views, recognition, ideas, advice?</source>
            <translation>Vragen, andere blikken, herkenning, ideeën, advies?</translation>
        </message>
        <message>
            <source>What the method asks of you</source>
            <translation>Wat de methode van je vraagt</translation>
        </message>
        <message>
            <source>Preparing your case</source>
            <translation>Je casus voorbereiden</translation>
        </message>
        <message>
            <source>Preparation form for the case bringer</source>
            <translation>Voorbereidingsformulier voor de inbrenger</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Who speaks</source>
            <translation>Wie spreekt</translation>
        </message>
        <message>
            <source>Instruction and rules</source>
            <translation>Instructie en regels</translation>
        </message>
        <message>
            <source>About {minutes} minutes with {people} people.</source>
            <translation>Ongeveer {minutes} minuten met {people} deelnemers.</translation>
        </message>
        <message>
            <source>When to use</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>The chair's script</source>
            <translation>Draaiboek voor de voorzitter</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Bron: {source}</translation>
        </message>
        <message>
            <source>Each meeting follows these parts; the method for the case comes between choosing the case and the evaluation. The chair keeps the steps and the time.</source>
            <translation>Elke bijeenkomst volgt deze onderdelen; de methode voor de casus komt tussen de keuze van de casus en de evaluatie. De voorzitter bewaakt de stappen en de tijd.</translation>
        </message>
        <message>
            <source>Our agreements</source>
            <translation>Onze afspraken</translation>
        </message>
        <message>
            <source>Method cards</source>
            <translation>Methodekaarten</translation>
        </message>
        <message>
            <source>Method cards for a meeting without the program</source>
            <translation>Methodekaarten voor een bijeenkomst zonder het programma</translation>
        </message>
        <message>
            <source>How a meeting goes</source>
            <translation>Zo verloopt een bijeenkomst</translation>
        </message>
        <message>
            <source>the case bringer</source>
            <translation>de inbrenger</translation>
        </message>
        <message>
            <source>everyone in turn</source>
            <translation>iedereen om de beurt</translation>
        </message>
        <message>
            <source>everyone in turn except the case bringer</source>
            <translation>iedereen om de beurt behalve de inbrenger</translation>
        </message>
        <message>
            <source>open discussion</source>
            <translation>open gesprek</translation>
        </message>
        <message>
            <source>the chair</source>
            <translation>de voorzitter</translation>
        </message>
        <message>
            <source>nobody: everyone writes</source>
            <translation>niemand: iedereen schrijft</translation>
        </message>
        <message>
            <source>The case bringer turns away and listens.</source>
            <translation>De inbrenger draait zich om en luistert.</translation>
        </message>
        <message>
            <source>The case bringer stays silent.</source>
            <translation>De inbrenger zwijgt.</translation>
        </message>
        <message>
            <source>No advice.</source>
            <translation>Geen advies.</translation>
        </message>
        <message>
            <source>Write first, then speak.</source>
            <translation>Eerst schrijven, dan spreken.</translation>
        </message>
        <message>
            <source>{minutes} min per speaker</source>
            <translation>{minutes} min per spreker</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
    </context>
    <context>
        <name>Minutes</name>
        <message>
            <source>no cases recorded</source>
            <translation>geen casussen vastgelegd</translation>
        </message>
        <message>
            <source>none shared</source>
            <translation>geen gedeeld</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Led by</source>
            <translation>Geleid door</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Onderwerpen</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Methoden</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Afgesproken acties</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Volgende bijeenkomst</translation>
        </message>
        <message>
            <source>Minutes of the meeting of {date}</source>
            <translation>Verslag van de bijeenkomst van {date}</translation>
        </message>
        <message>
            <source>Minutes of the meeting</source>
            <translation>Verslag van de bijeenkomst</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Afwezig</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Afgemeld</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Niet geregistreerd</translation>
        </message>
        <message>
            <source>{name}, on “{topic}”</source>
            <translation>{name}, over ‘{topic}’</translation>
        </message>
        <message>
            <source>not planned yet</source>
            <translation>nog niet gepland</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Begeleider</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>exc.</source>
            <translation>afg.</translation>
        </message>
        <message>
            <source>✓ present   &lt;i&gt;90′&lt;/i&gt; present for part of the meeting (minutes)   ✗ absent   exc. excused   ? not recorded   · not a member on that date</source>
            <translation>✓ aanwezig   &lt;i&gt;90′&lt;/i&gt; deels aanwezig (minuten)   ✗ afwezig   afg. afgemeld   ? niet vastgelegd   · op die datum geen lid</translation>
        </message>
        <message>
            <source>Yearly summary of guided peer consultation {year}</source>
            <translation>Jaaroverzicht begeleide intervisie {year}</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Werkelijk</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minuten</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Profession or context</source>
            <translation>Beroep of context</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Vorm</translation>
        </message>
        <message>
            <source>guided peer consultation</source>
            <translation>begeleide intervisie</translation>
        </message>
        <message>
            <source>self-steering peer consultation</source>
            <translation>zelfsturende intervisie</translation>
        </message>
        <message>
            <source>Meetings held</source>
            <translation>Gehouden bijeenkomsten</translation>
        </message>
        <message>
            <source>Total contact hours</source>
            <translation>Totaal contacturen</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <source>Points per hour</source>
            <translation>Punten per uur</translation>
        </message>
        <message>
            <source>This summary was drawn up from the records of the meetings. It contains dates, times, attendance and hours. The content of the cases discussed is confidential and is not part of this summary.</source>
            <translation>Dit overzicht is opgesteld uit de verslaglegging van de bijeenkomsten. Het bevat data, tijden, aanwezigheid en uren. De inhoud van de besproken casussen is vertrouwelijk en maakt geen deel uit van dit overzicht.</translation>
        </message>
        <message>
            <source>Cases are named by a short topic label only.</source>
            <translation>Casussen worden alleen met een kort onderwerp benoemd.</translation>
        </message>
        <message>
            <source>Topic labels of the cases have been left out.</source>
            <translation>Onderwerpen van de casussen zijn weggelaten.</translation>
        </message>
        <message>
            <source>No meetings were held in this year.</source>
            <translation>In dit jaar zijn geen bijeenkomsten gehouden.</translation>
        </message>
        <message>
            <source>as recorded</source>
            <translation>zoals vastgelegd</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>led by</source>
            <translation>geleid door</translation>
        </message>
        <message>
            <source>theme</source>
            <translation>thema</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Datum en tijd</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
        <message>
            <source>Place and leader</source>
            <translation>Plaats en leiding</translation>
        </message>
        <message>
            <source>Method and theme</source>
            <translation>Methode en thema</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Onderwerpen</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Aanwezigheid</translation>
        </message>
        <message>
            <source>The group had no members in this year.</source>
            <translation>De groep had in dit jaar geen leden.</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <source>Totals per participant</source>
            <translation>Totalen per deelnemer</translation>
        </message>
        <message>
            <source>Register and number</source>
            <translation>Register en nummer</translation>
        </message>
        <message>
            <source>Meetings attended</source>
            <translation>Bijeenkomsten bijgewoond</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Punten</translation>
        </message>
        <message>
            <source>Methods used</source>
            <translation>Gebruikte methoden</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>Planned versus actual time per phase</source>
            <translation>Geplande en werkelijke tijd per fase</translation>
        </message>
        <message>
            <source>None of this year's meetings was run to the end with the session timer, so there are no planned and actual times per phase.</source>
            <translation>Geen enkele bijeenkomst van dit jaar is met de sessietimer tot het einde geleid, dus er zijn geen geplande en werkelijke tijden per fase.</translation>
        </message>
        <message>
            <source>Minutes per method and phase of the one meeting held, run to the end with the session timer. Planned: the plan as it stood when the session started; actual: the time the phase was running, pauses left out.</source>
            <translation>Minuten per methode en fase van de ene gehouden bijeenkomst, met de sessietimer tot het einde geleid. Gepland: het plan zoals het bij de start van de sessie was; werkelijk: de tijd dat de fase liep, pauzes niet meegerekend.</translation>
        </message>
        <message>
            <source>Minutes per method and phase, added up over the {timed} of {held} meetings held that were run to the end with the session timer. Planned: the plan as it stood when the session started; actual: the time the phase was running, pauses left out.</source>
            <translation>Minuten per methode en fase, opgeteld over de {timed} van {held} gehouden bijeenkomsten die met de sessietimer tot het einde zijn geleid. Gepland: het plan zoals het bij de start van de sessie was; werkelijk: de tijd dat de fase liep, zonder pauzes.</translation>
        </message>
        <message>
            <source>The chart shows the phases with the most planned time; the other {count} are added up in one bar.</source>
            <translation>De grafiek toont de fasen met de meeste geplande tijd; de andere {count} staan samen in één balk.</translation>
        </message>
        <message>
            <source>Declaration by the supervisor</source>
            <translation>Verklaring van de begeleider</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Bijeenkomsten</translation>
        </message>
        <message>
            <source>Other phases ({count})</source>
            <translation>Overige fasen ({count})</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Begeleider</translation>
        </message>
        <message>
            <source>Supervisor's register and number</source>
            <translation>Register en nummer van de begeleider</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Casussen</translation>
        </message>
        <message>
            <source>No methods were recorded.</source>
            <translation>Er zijn geen methoden vastgelegd.</translation>
        </message>
        <message>
            <source>Learning goals</source>
            <translation>Leerdoelen</translation>
        </message>
        <message>
            <source>No learning goals were marked for this report.</source>
            <translation>Er zijn geen leerdoelen voor dit overzicht aangemerkt.</translation>
        </message>
        <message>
            <source>Learning goal</source>
            <translation>Leerdoel</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluatie</translation>
        </message>
        <message>
            <source>Meetings, attendance and hours of {group} in {year}</source>
            <translation>Bijeenkomsten, aanwezigheid en uren van {group} in {year}</translation>
        </message>
        <message>
            <source>Yearly summary</source>
            <translation>Jaaroverzicht</translation>
        </message>
    </context>
</TS>
