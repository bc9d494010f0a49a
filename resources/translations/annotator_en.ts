<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name />
        <message numerus="yes">
            <source>already present (same annotator, layer and span): %n label(s)</source>
            <translation>
                <numerusform>already present (same annotator, layer and span): %n label</numerusform>
                <numerusform>already present (same annotator, layer and span): %n labels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>not read, of no kind annotator knows: %n file(s)</source>
            <translation>
                <numerusform>not read, of no kind annotator knows: %n file</numerusform>
                <numerusform>not read, of no kind annotator knows: %n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>these folders hold the labels of %n annotator(s) ({names}); --annotator would make them all {name}'s: leave it out, or import one annotator's folder with it</source>
            <translation>
                <numerusform>these folders hold the labels of %n annotator ({names}); --annotator would make them all {name}'s: leave it out, or import one annotator's folder with it</numerusform>
                <numerusform>these folders hold the labels of %n annotators ({names}); --annotator would make them all {name}'s: leave it out, or import one annotator's folder with it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Merged %n file(s).</source>
            <translation>
                <numerusform>Merged %n file.</numerusform>
                <numerusform>Merged %n files.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Active time updated on %n document(s)</source>
            <translation>
                <numerusform>Active time updated on %n document</numerusform>
                <numerusform>Active time updated on %n documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{source}: document '{name}' has different text than the project's document of that name; skipped it and its %n annotation(s)</source>
            <translation>
                <numerusform>{source}: document '{name}' has different text than the project's document of that name; skipped it and its %n annotation</numerusform>
                <numerusform>{source}: document '{name}' has different text than the project's document of that name; skipped it and its %n annotations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n annotation(s) by '{annotator}', not by the package's annotator '{owner}'</source>
            <translation>
                <numerusform>{file}: %n annotation by '{annotator}', not by the package's annotator '{owner}'</numerusform>
                <numerusform>{file}: %n annotations by '{annotator}', not by the package's annotator '{owner}'</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n document(s) worked on outside {owner}'s assignment: {names}</source>
            <translation>
                <numerusform>{file}: %n document worked on outside {owner}'s assignment: {names}</numerusform>
                <numerusform>{file}: %n documents worked on outside {owner}'s assignment: {names}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>skipped %n SQLite companion file(s) of a project beside them (-wal/-shm/-journal, part of that project, not inputs): {names}</source>
            <translation>
                <numerusform>skipped %n SQLite companion file of a project beside them (-wal/-shm/-journal, part of that project, not inputs): {names}</numerusform>
                <numerusform>skipped %n SQLite companion files of a project beside them (-wal/-shm/-journal, part of that project, not inputs): {names}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) assigned to more than one annotator and worked on by at least two of them; on each, only the labels of the annotators assigned to it</source>
            <translation>
                <numerusform>%n document assigned to more than one annotator and worked on by at least two of them; on each, only the labels of the annotators assigned to it</numerusform>
                <numerusform>%n documents assigned to more than one annotator and worked on by at least two of them; on each, only the labels of the annotators assigned to it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{ident} {label}: a discontinuous span of %n fragment(s) ({ranges}); annotator spans are continuous</source>
            <translation>
                <numerusform>{ident} {label}: a discontinuous span of %n fragment ({ranges}); annotator spans are continuous</numerusform>
                <numerusform>{ident} {label}: a discontinuous span of %n fragments ({ranges}); annotator spans are continuous</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>this INCEpTION project holds the labels of %n annotator(s) ({names}); --annotator would make them all {name}'s: leave it out</source>
            <translation>
                <numerusform>this INCEpTION project holds the labels of %n annotator ({names}); --annotator would make them all {name}'s: leave it out</numerusform>
                <numerusform>this INCEpTION project holds the labels of %n annotators ({names}); --annotator would make them all {name}'s: leave it out</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>not imported: {source}: %n label(s) of the document as uploaded ({initial}), before anyone annotated it</source>
            <translation>
                <numerusform>not imported: {source}: %n label of the document as uploaded ({initial}), before anyone annotated it</numerusform>
                <numerusform>not imported: {source}: %n labels of the document as uploaded ({initial}), before anyone annotated it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{where}: %n label(s) of '{gold}' imported as the annotator '{imported}': gold labels are made by review decisions, which files do not hold; accept them into gold in Review → Disagreements</source>
            <translation>
                <numerusform>{where}: %n label of '{gold}' imported as the annotator '{imported}': gold labels are made by review decisions, which files do not hold; accept them into gold in Review → Disagreements</numerusform>
                <numerusform>{where}: %n labels of '{gold}' imported as the annotator '{imported}': gold labels are made by review decisions, which files do not hold; accept them into gold in Review → Disagreements</numerusform>
            </translation>
        </message>
    </context>
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
            <translation>
                <numerusform>Wrote %n document row to {path}</numerusform>
                <numerusform>Wrote %n document rows to {path}</numerusform>
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