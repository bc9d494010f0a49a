<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Backups</name>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message numerus="yes">
            <source>Wrote %n annotation(s) to {path}</source>
            <translation>
                <numerusform>Wrote %n annotation to {path}</numerusform>
                <numerusform>Wrote %n annotations to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n document(s) to {path}</source>
            <translation>
                <numerusform>Wrote %n document to {path}</numerusform>
                <numerusform>Wrote %n documents to {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Jobs</name>
        <message numerus="yes">
            <source>Imported %n document(s).</source>
            <translation>
                <numerusform>Imported %n document.</numerusform>
                <numerusform>Imported %n documents.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n annotation(s).</source>
            <translation>
                <numerusform>Added %n annotation.</numerusform>
                <numerusform>Added %n annotations.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already present, unchanged.</source>
            <translation>
                <numerusform>%n already present, unchanged.</numerusform>
                <numerusform>%n already present, unchanged.</numerusform>
            </translation>
        </message>
    </context>
</TS>