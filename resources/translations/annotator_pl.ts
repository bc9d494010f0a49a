<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nowy projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Otwórz projekt…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Ostatnie projekty</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksportuj do &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSONL…</source>
        <translation>Eksportuj do &amp;JSONL…</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>P&amp;rzywróć kopię zapasową…</translation>
    </message>
    <message>
        <source>S&amp;witch annotator…</source>
        <translation>&amp;Zmień anotatora…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>&amp;Usuń adnotację</translation>
    </message>
    <message>
        <source>Grow span end by a word</source>
        <translation>Wydłuż koniec fragmentu o słowo</translation>
    </message>
    <message>
        <source>Shrink span end by a word</source>
        <translation>Skróć koniec fragmentu o słowo</translation>
    </message>
    <message>
        <source>Grow span start by a word</source>
        <translation>Wydłuż początek fragmentu o słowo</translation>
    </message>
    <message>
        <source>Shrink span start by a word</source>
        <translation>Skróć początek fragmentu o słowo</translation>
    </message>
    <message>
        <source>&amp;Find in text…</source>
        <translation>&amp;Znajdź w tekście…</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Adnotacja</translation>
    </message>
    <message>
        <source>Tag selection as {layer}</source>
        <translation>Oznacz zaznaczenie jako: {layer}</translation>
    </message>
    <message>
        <source>Next annotation</source>
        <translation>Następna adnotacja</translation>
    </message>
    <message>
        <source>Previous annotation</source>
        <translation>Poprzednia adnotacja</translation>
    </message>
    <message>
        <source>Back to the text</source>
        <translation>Wróć do tekstu</translation>
    </message>
    <message>
        <source>&amp;Mark document done</source>
        <translation>Oznacz dokument jako &amp;gotowy</translation>
    </message>
    <message>
        <source>&amp;Next document</source>
        <translation>&amp;Następny dokument</translation>
    </message>
    <message>
        <source>&amp;Previous document</source>
        <translation>&amp;Poprzedni dokument</translation>
    </message>
    <message>
        <source>Next &amp;unfinished document</source>
        <translation>Następny &amp;niedokończony dokument</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Snap selections to whole words</source>
        <translation>&amp;Przyciągaj zaznaczenie do całych słów</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Powiększ</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Po&amp;mniejsz</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Filtruj dokumenty</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Przegląd</translation>
    </message>
    <message>
        <source>&amp;Disagreements…</source>
        <translation>&amp;Rozbieżności…</translation>
    </message>
    <message>
        <source>&amp;Agreement report…</source>
        <translation>Raport &amp;zgodności…</translation>
    </message>
    <message>
        <source>&amp;Merge annotator projects…</source>
        <translation>&amp;Scal projekty anotatorów…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Annotation &amp;guidelines</source>
        <translation>&amp;Wytyczne anotacji</translation>
    </message>
    <message>
        <source>&amp;About annotator</source>
        <translation>&amp;O programie annotator</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>Saved, but {variable} is set and decides the language while it is set.</source>
        <translation>Zapisano, ale ustawiona jest zmienna {variable} i to ona decyduje o języku, dopóki jest ustawiona.</translation>
    </message>
    <message>
        <source>This is the language in use.</source>
        <translation>Ten język jest już używany.</translation>
    </message>
    <message>
        <source>The new language applies the next time annotator starts.</source>
        <translation>Nowy język zostanie użyty przy następnym uruchomieniu programu annotator.</translation>
    </message>
</context>
</TS>
