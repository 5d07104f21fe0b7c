<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>PhoneRemote</name>
        <message>
            <source>The remote could not start: no free network port.</source>
            <translation>De afstandsbediening kon niet starten: geen vrije netwerkpoort.</translation>
        </message>
        <message>
            <source>Another device</source>
            <translation>Nog een apparaat</translation>
        </message>
        <message>
            <source>Another device wants to use the phone remote. Let it take over from the paired one?</source>
            <translation>Een ander apparaat wil de telefoon-afstandsbediening gebruiken. Mag het de plaats innemen van het gekoppelde apparaat?</translation>
        </message>
        <message>
            <source>Intervisie remote</source>
            <translation>Intervisie-afstandsbediening</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Volgende</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <source>Pause / resume</source>
            <translation>Pauze / verder</translation>
        </message>
        <message>
            <source>Blank projector</source>
            <translation>Beamer zwart</translation>
        </message>
        <message>
            <source>+1 minute</source>
            <translation>+1 minuut</translation>
        </message>
        <message>
            <source>−1 minute</source>
            <translation>−1 minuut</translation>
        </message>
        <message>
            <source>Skip speaker</source>
            <translation>Spreker overslaan</translation>
        </message>
        <message>
            <source>Take message down</source>
            <translation>Bericht weghalen</translation>
        </message>
        <message>
            <source>Phase {i} of {n}</source>
            <translation>Fase {i} van {n}</translation>
        </message>
        <message>
            <source>Question:</source>
            <translation>Hulpvraag:</translation>
        </message>
        <message>
            <source>Follow-up: {topics}</source>
            <translation>Opvolging: {topics}</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pauze</translation>
        </message>
        <message>
            <source>Thank you</source>
            <translation>Dank jullie wel</translation>
        </message>
        <message>
            <source>The session has ended</source>
            <translation>De intervisie is afgerond</translation>
        </message>
        <message>
            <source>We continue at {time}</source>
            <translation>We gaan verder om {time}</translation>
        </message>
        <message>
            <source>The projector is blank</source>
            <translation>De beamer staat op zwart</translation>
        </message>
        <message>
            <source>The session has not started: Next starts it</source>
            <translation>De sessie is nog niet begonnen: Volgende start haar</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbinden…</translation>
        </message>
        <message>
            <source>Waiting for approval on the laptop…</source>
            <translation>Wachten op toestemming op de laptop…</translation>
        </message>
        <message>
            <source>The laptop refused this device.</source>
            <translation>De laptop heeft dit apparaat geweigerd.</translation>
        </message>
        <message>
            <source>This device is no longer paired. Scan the new code to pair again.</source>
            <translation>Dit apparaat is niet meer gekoppeld. Scan de nieuwe code om opnieuw te koppelen.</translation>
        </message>
        <message>
            <source>Connection lost. Trying again…</source>
            <translation>Verbinding verbroken. Opnieuw proberen…</translation>
        </message>
        <message>
            <source>The case bringer turns away and listens</source>
            <translation>De inbrenger draait zich om en luistert</translation>
        </message>
        <message>
            <source>The case bringer listens in silence</source>
            <translation>De inbrenger luistert en zwijgt</translation>
        </message>
        <message>
            <source>No advice in this phase</source>
            <translation>Geen adviezen in deze fase</translation>
        </message>
        <message>
            <source>Write first, then speak</source>
            <translation>Eerst schrijven, dan spreken</translation>
        </message>
    </context>
    <context>
        <name>RemotePanel</name>
        <message>
            <source>Phone remote</source>
            <translation>Telefoon als afstandsbediening</translation>
        </message>
        <message>
            <source>Use a phone as remote</source>
            <translation>Telefoon gebruiken als afstandsbediening</translation>
        </message>
        <message>
            <source>QR code of the remote's address</source>
            <translation>QR-code met het adres van de afstandsbediening</translation>
        </message>
        <message>
            <source>Unpair</source>
            <translation>Ontkoppelen</translation>
        </message>
        <message>
            <source>Scan the code, or open {address}</source>
            <translation>Scan de code, of open {address}</translation>
        </message>
        <message>
            <source>A phone is paired.</source>
            <translation>Er is een telefoon gekoppeld.</translation>
        </message>
        <message>
            <source>No phone paired yet.</source>
            <translation>Nog geen telefoon gekoppeld.</translation>
        </message>
        <message>
            <source>Read-only displays: {n}</source>
            <translation>Alleen-lezen schermen: {n}</translation>
        </message>
    </context>
</TS>
