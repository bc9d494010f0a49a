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
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>Wrote %n document row(s) to {path}</source>
            <translation><numerusform>Wrote %n document row to {path}</numerusform><numerusform>Wrote %n document rows to {path}</numerusform></translation>
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
    <context>
        <name>Review</name>
        <message numerus="yes">
            <source>%n disagreement(s) so far</source>
            <translation>
                <numerusform>%n disagreement so far</numerusform>
                <numerusform>%n disagreements so far</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n agreement</numerusform>
                <numerusform>%n agreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n disagreement(s) left</source>
            <translation>
                <numerusform>%n disagreement left</numerusform>
                <numerusform>%n disagreements left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) to accept</source>
            <translation>
                <numerusform>%n agreement to accept</numerusform>
                <numerusform>%n agreements to accept</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Accept %n agreement(s)</source>
            <translation>
                <numerusform>Accept %n agreement</numerusform>
                <numerusform>Accept %n agreements</numerusform>
            </translation>
        </message>
    </context>
</TS>