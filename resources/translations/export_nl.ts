<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Attendance</name>
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
            <source>not a member</source>
            <translation>geen lid</translation>
        </message>
        <message>
            <source>arrived {arrived}, left {left}</source>
            <translation>gekomen {arrived}, vertrokken {left}</translation>
        </message>
        <message>
            <source>arrived {arrived}</source>
            <translation>gekomen {arrived}</translation>
        </message>
        <message>
            <source>left {left}</source>
            <translation>vertrokken {left}</translation>
        </message>
        <message>
            <source>{duration} present, times not recorded</source>
            <translation>{duration} aanwezig, tijden niet vastgelegd</translation>
        </message>
    </context>
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
            <source>partly</source>
            <translation>deels</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
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
            <source>Register rules</source>
            <translation>Registerregels</translation>
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
            <source>Place</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Methods and topics</source>
            <translation>Methoden en onderwerpen</translation>
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
        <name>Development</name>
        <message>
            <source>Development of the group</source>
            <translation>Ontwikkeling van de groep</translation>
        </message>
        <message>
            <source>No meetings were held yet.</source>
            <translation>Er zijn nog geen bijeenkomsten gehouden.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Meetings held</source>
            <translation>Gehouden bijeenkomsten</translation>
        </message>
        <message>
            <source>Overall rating (0–10)</source>
            <translation>Totaaloordeel (0–10)</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Aanwezigheid</translation>
        </message>
        <message>
            <source>Agreed actions followed up</source>
            <translation>Afgesproken acties opgevolgd</translation>
        </message>
        <message>
            <source>Chaired by a member</source>
            <translation>Voorgezeten door een lid</translation>
        </message>
        <message>
            <source>Safety checks</source>
            <translation>Veiligheidschecks</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Forms handed in</source>
            <translation>Ingeleverde formulieren</translation>
        </message>
        <message>
            <source>Mean (1–5, higher is safer)</source>
            <translation>Gemiddelde (1–5, hoger is veiliger)</translation>
        </message>
        <message>
            <source>Group-level figures from the group's own anonymous evaluations: a mean rating is shown only where at least three members answered. Attendance: present of those recorded. Agreed actions followed up: of the cases with agreed actions, those later marked done or dropped.</source>
            <translation>Cijfers op groepsniveau uit de eigen anonieme evaluaties van de groep: een gemiddeld oordeel staat er alleen waar ten minste drie leden antwoordden. Aanwezigheid: aanwezig van wie geregistreerd is. Afgesproken acties opgevolgd: van de casussen met afgesproken acties, die later als gedaan of vervallen zijn gemarkeerd.</translation>
        </message>
    </context>
    <context>
        <name>DevelopmentChart</name>
        <message>
            <source>Overall rating (mean, 0–10)</source>
            <translation>Totaaloordeel (gemiddeld, 0–10)</translation>
        </message>
        <message>
            <source>Attendance (%)</source>
            <translation>Aanwezigheid (%)</translation>
        </message>
        <message>
            <source>Agreed actions followed up (%)</source>
            <translation>Afgesproken acties opgevolgd (%)</translation>
        </message>
        <message>
            <source>Member chaired, year to date (%)</source>
            <translation>Lid zat voor, dit jaar tot nu (%)</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Oordeel</translation>
        </message>
        <message>
            <source>Per cent</source>
            <translation>Procent</translation>
        </message>
        <message>
            <source>MMM yyyy</source>
            <translation>MMM yyyy</translation>
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
        <name>MeetingRecord</name>
        <message>
            <source>as held, recorded by the session</source>
            <translation>zoals gehouden, vastgelegd door de sessie</translation>
        </message>
        <message>
            <source>planned times: no session was recorded</source>
            <translation>geplande tijden: er is geen sessie vastgelegd</translation>
        </message>
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
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Duur</translation>
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
            <source>Present</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>{present} of {total}</source>
            <translation>{present} van {total}</translation>
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
            <source>Attendance</source>
            <translation>Aanwezigheid</translation>
        </message>
        <message>
            <source>Time present</source>
            <translation>Tijd aanwezig</translation>
        </message>
        <message>
            <source>Topics and methods</source>
            <translation>Onderwerpen en methoden</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Methoden</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Onderwerpen</translation>
        </message>
        <message>
            <source>Topics are short labels; what was brought in and discussed stays confidential and is not part of this record.</source>
            <translation>Onderwerpen zijn korte labels; wat is ingebracht en besproken blijft vertrouwelijk en hoort niet bij dit verslag.</translation>
        </message>
        <message>
            <source>Declaration by the supervisor</source>
            <translation>Verklaring van de begeleider</translation>
        </message>
        <message>
            <source>I declare that this meeting took place on {date} under my guidance, with the times and attendance recorded above.</source>
            <translation>Ik verklaar dat deze bijeenkomst op {date} onder mijn begeleiding heeft plaatsgevonden, met de hierboven vastgelegde tijden en aanwezigheid.</translation>
        </message>
        <message>
            <source>Place and date</source>
            <translation>Plaats en datum</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Handtekening</translation>
        </message>
        <message>
            <source>Record of the meeting</source>
            <translation>Verslag van de bijeenkomst</translation>
        </message>
        <message>
            <source>Times, attendance, topics and methods of the meeting of {date}</source>
            <translation>Tijden, aanwezigheid, onderwerpen en methoden van de bijeenkomst van {date}</translation>
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
            <source>Preparing your case</source>
            <translation>Je casus voorbereiden</translation>
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
            <source>What the method asks of you</source>
            <translation>Wat de methode van je vraagt</translation>
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
            <source>How a meeting goes</source>
            <translation>Zo verloopt een bijeenkomst</translation>
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
            <source>shortest {shortest}, median {median}, longest {longest}</source>
            <translation>kortst {shortest}, mediaan {median}, langst {longest}</translation>
        </message>
        <message>
            <source>Speaking time (measured by the session timer)</source>
            <translation>Spreektijd (gemeten door de sessietimer)</translation>
        </message>
        <message>
            <source>Whole session</source>
            <translation>Hele sessie</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Begeleider</translation>
        </message>
    </context>
    <context>
        <name>Reflection</name>
        <message>
            <source>Participant</source>
            <extracomment>Room to write in: an empty ruled box of this many lines per dimension.</extracomment>
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
            <source>1. Technical-instrumental</source>
            <translation>1. Technisch-instrumenteel</translation>
        </message>
        <message>
            <source>Methods, skills and knowledge: what did you learn about how you do your work?</source>
            <translation>Methoden, vaardigheden en kennis: wat heb je geleerd over hoe je je werk doet?</translation>
        </message>
        <message>
            <source>2. Normative</source>
            <translation>2. Normatief</translation>
        </message>
        <message>
            <source>Values, standards, the professional code and ethical questions: what did you weigh, and how?</source>
            <translation>Waarden, normen, de beroepscode en ethische vragen: wat heb je afgewogen, en hoe?</translation>
        </message>
        <message>
            <source>3. Personal</source>
            <translation>3. Persoonlijk</translation>
        </message>
        <message>
            <source>Your own person: feelings, patterns and convictions, and how they affect your work.</source>
            <translation>Je eigen persoon: gevoelens, patronen en overtuigingen, en hoe die je werk beïnvloeden.</translation>
        </message>
        <message>
            <source>Guided peer consultation {year}</source>
            <translation>Begeleide intervisie {year}</translation>
        </message>
        <message>
            <source>Reflect on the three dimensions below in your own words. Write about your own learning; leave out anything that could identify a client or colleague.</source>
            <translation>Reflecteer in je eigen woorden op de drie dimensies hieronder. Schrijf over je eigen leren; laat alles weg waaraan een cliënt of collega te herkennen is.</translation>
        </message>
        <message>
            <source>Signature of the participant</source>
            <translation>Handtekening van de deelnemer</translation>
        </message>
        <message>
            <source>Declaration by the supervisor</source>
            <translation>Verklaring van de begeleider</translation>
        </message>
        <message>
            <source>I declare that {participant} took part in {meetings} meetings ({hours} hours) of peer consultation in {year} under my guidance, and reflected in them on the technical-instrumental, normative and personal dimensions of their work.</source>
            <translation>Ik verklaar dat {participant} in {year} onder mijn begeleiding heeft deelgenomen aan {meetings} bijeenkomsten ({hours} uur) intervisie, en daarin heeft gereflecteerd op de technisch-instrumentele, normatieve en persoonlijke dimensie van het eigen werk.</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Begeleider</translation>
        </message>
        <message>
            <source>Place and date</source>
            <translation>Plaats en datum</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Handtekening</translation>
        </message>
        <message>
            <source>Reflection statement</source>
            <translation>Reflectieverklaring</translation>
        </message>
        <message>
            <source>Reflection on guided peer consultation in {year}, three dimensions</source>
            <translation>Reflectie op begeleide intervisie in {year}, drie dimensies</translation>
        </message>
    </context>
    <context>
        <name>RegisterRules</name>
        <message>
            <source>meets the rules</source>
            <translation>voldoet aan de regels</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>nog niet</translation>
        </message>
        <message>
            <source>does not meet the rules</source>
            <translation>voldoet niet aan de regels</translation>
        </message>
        <message>
            <source>no yearly minimum</source>
            <translation>geen jaarlijks minimum</translation>
        </message>
        <message>
            <source>{got} of {needed} h over {first}–{last}</source>
            <translation>{got} van {needed} uur over {first}–{last}</translation>
        </message>
        <message>
            <source>{got} of {needed} h in {year}</source>
            <translation>{got} van {needed} uur in {year}</translation>
        </message>
        <message>
            <source>{got} of {needed} meetings</source>
            <translation>{got} van {needed} bijeenkomsten</translation>
        </message>
        <message>
            <source>{got} of 4 quarters with at least {needed} h</source>
            <translation>{got} van 4 kwartalen met minstens {needed} uur</translation>
        </message>
        <message>
            <source>counted in {year}: meetings {meetings}, hours {hours}, in a registered group {registered}</source>
            <translation>geteld in {year}: bijeenkomsten {meetings}, uren {hours}, in een geregistreerde groep {registered}</translation>
        </message>
        <message>
            <source>{register} {number}: {verdict}{checks}; {figures}</source>
            <translation>{register} {number}: {verdict}{checks}; {figures}</translation>
        </message>
        <message>
            <source>Register rules on {date}</source>
            <translation>Registerregels op {date}</translation>
        </message>
    </context>
    <context>
        <name>SafetyCheck</name>
        <message>
            <source>When something went wrong in my work, I can say so in this group without being judged for it.</source>
            <translation>Als er in mijn werk iets misging, kan ik dat in deze groep vertellen zonder erop afgerekend te worden.</translation>
        </message>
        <message>
            <source>In this group we can name what is difficult, also between us.</source>
            <translation>In deze groep kunnen we benoemen wat lastig is, ook tussen ons.</translation>
        </message>
        <message>
            <source>Someone who sees things differently is heard here, not pushed aside.</source>
            <translation>Wie het anders ziet, wordt hier gehoord en niet opzijgezet.</translation>
        </message>
        <message>
            <source>I dare to bring in a case I feel unsure or uneasy about.</source>
            <translation>Ik durf een casus in te brengen waar ik onzeker of ongemakkelijk over ben.</translation>
        </message>
        <message>
            <source>I find it hard to ask this group for help.</source>
            <translation>Ik vind het moeilijk om deze groep om hulp te vragen.</translation>
        </message>
        <message>
            <source>I trust that nobody here will use what I share against me.</source>
            <translation>Ik vertrouw erop dat niemand hier wat ik deel tegen mij gebruikt.</translation>
        </message>
        <message>
            <source>What I know and can do is valued and used in this group.</source>
            <translation>Wat ik weet en kan, wordt in deze groep gewaardeerd en benut.</translation>
        </message>
        <message>
            <source>Strongly disagree</source>
            <translation>Helemaal oneens</translation>
        </message>
        <message>
            <source>Disagree</source>
            <translation>Oneens</translation>
        </message>
        <message>
            <source>Neither</source>
            <translation>Neutraal</translation>
        </message>
        <message>
            <source>Agree</source>
            <translation>Eens</translation>
        </message>
        <message>
            <source>Strongly agree</source>
            <translation>Helemaal eens</translation>
        </message>
        <message>
            <source>How safe is our group to learn in?</source>
            <translation>Hoe veilig is onze groep om in te leren?</translation>
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
            <source>This form is anonymous: do not write your name on it. Tick one box per statement, the one that fits best how you experience the group now. There are no right answers. Fold the form and hand it in; only the totals of the group are kept.</source>
            <translation>Dit formulier is anoniem: zet er uw naam niet op. Kruis per uitspraak één vakje aan, het vakje dat het best past bij hoe u de groep nu ervaart. Er zijn geen goede of foute antwoorden. Vouw het formulier dicht en lever het in; alleen de totalen van de groep worden bewaard.</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Uitspraak</translation>
        </message>
        <message>
            <source>The statements are our own wording of what is known as team psychological safety: a shared sense that the group is safe for taking interpersonal risks.</source>
            <translation>De uitspraken zijn onze eigen verwoording van wat psychologische veiligheid in een team heet: het gedeelde gevoel dat de groep veilig is om je kwetsbaar op te stellen.</translation>
        </message>
        <message>
            <source>Safety check</source>
            <translation>Veiligheidscheck</translation>
        </message>
        <message>
            <source>Anonymous questionnaire on safety in the group</source>
            <translation>Anonieme vragenlijst over veiligheid in de groep</translation>
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
    <context>
        <name>YearPlan</name>
        <message>
            <source>planned</source>
            <translation>gepland</translation>
        </message>
        <message>
            <source>held</source>
            <translation>gehouden</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>afgelast</translation>
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
            <source>Supervisor</source>
            <translation>Begeleider</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Vorm</translation>
        </message>
        <message>
            <source>guided</source>
            <translation>begeleid</translation>
        </message>
        <message>
            <source>self-steering</source>
            <translation>zelfsturend</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Bijeenkomsten</translation>
        </message>
        <message>
            <source>Planned hours</source>
            <translation>Geplande uren</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
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
            <source>Place</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Methoden</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Year plan {year}</source>
            <translation>Jaarplan {year}</translation>
        </message>
        <message>
            <source>No meetings are planned in this year.</source>
            <translation>In dit jaar zijn geen bijeenkomsten gepland.</translation>
        </message>
        <message>
            <source>Themes and methods of the year</source>
            <translation>Thema's en methoden van het jaar</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Thema's</translation>
        </message>
        <message>
            <source>Agreed by</source>
            <translation>Vastgesteld door</translation>
        </message>
        <message>
            <source>Place and date</source>
            <translation>Plaats en datum</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Handtekening</translation>
        </message>
        <message>
            <source>Planned meetings, methods and themes of peer consultation in {year}</source>
            <translation>Geplande bijeenkomsten, methoden en thema's van intervisie in {year}</translation>
        </message>
    </context>
</TS>
