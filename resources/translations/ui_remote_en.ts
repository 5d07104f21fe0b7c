<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>PhoneRemote</name>
        <message>
            <source>The remote could not start: no free network port.</source>
            <translation>The remote could not start: no free network port.</translation>
        </message>
        <message>
            <source>Another device</source>
            <translation>Another device</translation>
        </message>
        <message>
            <source>Another device wants to use the phone remote. Let it take over from the paired one?</source>
            <translation>Another device wants to use the phone remote. Let it take over from the paired one?</translation>
        </message>
        <message>
            <source>Intervisie remote</source>
            <translation>Intervisie remote</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Pause / resume</source>
            <translation>Pause / resume</translation>
        </message>
        <message>
            <source>Blank projector</source>
            <translation>Blank projector</translation>
        </message>
        <message>
            <source>+1 minute</source>
            <translation>+1 minute</translation>
        </message>
        <message>
            <source>−1 minute</source>
            <translation>−1 minute</translation>
        </message>
        <message>
            <source>Skip speaker</source>
            <translation>Skip speaker</translation>
        </message>
        <message>
            <source>Take message down</source>
            <translation>Take message down</translation>
        </message>
        <message>
            <source>Phase {i} of {n}</source>
            <translation>Phase {i} of {n}</translation>
        </message>
        <message>
            <source>Question:</source>
            <translation>Question:</translation>
        </message>
        <message>
            <source>Follow-up: {topics}</source>
            <translation>Follow-up: {topics}</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Thank you</source>
            <translation>Thank you</translation>
        </message>
        <message>
            <source>The session has ended</source>
            <translation>The session has ended</translation>
        </message>
        <message>
            <source>We continue at {time}</source>
            <translation>We continue at {time}</translation>
        </message>
        <message>
            <source>The projector is blank</source>
            <translation>The projector is blank</translation>
        </message>
        <message>
            <source>The session has not started: Next starts it</source>
            <translation>The session has not started: Next starts it</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <source>Waiting for approval on the laptop…</source>
            <translation>Waiting for approval on the laptop…</translation>
        </message>
        <message>
            <source>The laptop refused this device.</source>
            <translation>The laptop refused this device.</translation>
        </message>
        <message>
            <source>This device is no longer paired. Scan the new code to pair again.</source>
            <translation>This device is no longer paired. Scan the new code to pair again.</translation>
        </message>
        <message>
            <source>Connection lost. Trying again…</source>
            <translation>Connection lost. Trying again…</translation>
        </message>
        <message>
            <source>The case bringer turns away and listens</source>
            <translation>The case bringer turns away and listens</translation>
        </message>
        <message>
            <source>The case bringer listens in silence</source>
            <translation>The case bringer listens in silence</translation>
        </message>
        <message>
            <source>No advice in this phase</source>
            <translation>No advice in this phase</translation>
        </message>
        <message>
            <source>Write first, then speak</source>
            <translation>Write first, then speak</translation>
        </message>
    </context>
    <context>
        <name>RemotePanel</name>
        <message>
            <source>Phone remote</source>
            <translation>Phone remote</translation>
        </message>
        <message>
            <source>Use a phone as remote</source>
            <translation>Use a phone as remote</translation>
        </message>
        <message>
            <source>QR code of the remote's address</source>
            <translation>QR code of the remote's address</translation>
        </message>
        <message>
            <source>Unpair</source>
            <translation>Unpair</translation>
        </message>
        <message>
            <source>Scan the code, or open {address}</source>
            <translation>Scan the code, or open {address}</translation>
        </message>
        <message>
            <source>A phone is paired.</source>
            <translation>A phone is paired.</translation>
        </message>
        <message>
            <source>No phone paired yet.</source>
            <translation>No phone paired yet.</translation>
        </message>
        <message>
            <source>Read-only displays: {n}</source>
            <translation>Read-only displays: {n}</translation>
        </message>
    </context>
</TS>
