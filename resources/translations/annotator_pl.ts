<?xml version='1.0' encoding='utf-8'?>
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
            <source>&amp;Edit attributes of the selected annotation (Enter in the text)</source>
            <translation>&amp;Edytuj atrybuty zaznaczonej adnotacji (Enter w tekście)</translation>
        </message>
        <message>
            <source>&amp;None present</source>
            <translation>&amp;Brak w dokumencie</translation>
        </message>
        <message>
            <source>No {layer} in this document</source>
            <translation>Brak: {layer} w tym dokumencie</translation>
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
            <source>&amp;Team dashboard…</source>
            <translation>&amp;Pulpit zespołu…</translation>
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
        <message>
            <source>Close find</source>
            <translation>Zamknij wyszukiwanie</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Could not check the project: {reason}</source>
            <translation>Nie udało się sprawdzić projektu: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… i jeszcze %n</numerusform>
                <numerusform>… i jeszcze %n</numerusform>
                <numerusform>… i jeszcze %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Project check</source>
            <translation>Sprawdzenie projektu</translation>
        </message>
        <message>
            <source>SQLite found damage in {name}.</source>
            <translation>SQLite wykrył uszkodzenia w pliku {name}.</translation>
        </message>
        <message>
            <source>Keep working only if you must; then use File → Restore backup… or run `annotator check` for details.</source>
            <translation>Kontynuuj pracę tylko w razie konieczności; potem użyj Plik → Przywróć kopię zapasową… albo uruchom `annotator check`, aby poznać szczegóły.</translation>
        </message>
        <message>
            <source>Backup failed: {reason}</source>
            <translation>Kopia zapasowa nie powiodła się: {reason}</translation>
        </message>
        <message>
            <source>Today's backup: {name}</source>
            <translation>Dzisiejsza kopia zapasowa: {name}</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Utworzona</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Powód</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumenty</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Adnotacje</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Rozmiar</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>nieczytelna</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>codzienna</translation>
        </message>
        <message>
            <source>on demand</source>
            <translation>na żądanie</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>przed przywróceniem</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Przywróć kopię zapasową</translation>
        </message>
        <message>
            <source>Backups are taken once a day when the project opens; the newest 7 of each kind are kept in
{folder}

Restoring saves the current content as a backup first, so a restore can be undone the same way.</source>
            <translation>Kopie zapasowe powstają raz dziennie przy otwarciu projektu; 7 najnowszych każdego rodzaju jest przechowywanych w
{folder}

Przed przywróceniem bieżąca zawartość jest zapisywana jako kopia zapasowa, więc przywrócenie można cofnąć w ten sam sposób.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Przywróć</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Annotator</source>
            <translation>Anotator</translation>
        </message>
        <message>
            <source>Your annotator name (saved with every label you make):</source>
            <translation>Twoja nazwa anotatora (zapisywana przy każdej etykiecie):</translation>
        </message>
        <message>
            <source>“gold” is reserved for adjudicated labels.</source>
            <translation>„gold” jest zarezerwowane dla rozstrzygniętych etykiet.</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Nowy projekt</translation>
        </message>
        <message>
            <source>{path} already exists; choose a new name.</source>
            <translation>{path} już istnieje; wybierz inną nazwę.</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Otwórz projekt</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(jeszcze brak)</translation>
        </message>
        <message>
            <source>Import documents</source>
            <translation>Importuj dokumenty</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Export {format}</source>
            <translation>Eksport {format}</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n annotation(s) to {path}</source>
            <translation>
                <numerusform>Zapisano %n adnotację do {path}</numerusform>
                <numerusform>Zapisano %n adnotacje do {path}</numerusform>
                <numerusform>Zapisano %n adnotacji do {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n document(s) to {path}</source>
            <translation>
                <numerusform>Zapisano %n dokument do {path}</numerusform>
                <numerusform>Zapisano %n dokumenty do {path}</numerusform>
                <numerusform>Zapisano %n dokumentów do {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Eksportowanie…</translation>
        </message>
        <message>
            <source>Merge annotator projects</source>
            <translation>Scal projekty anotatorów</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Scalanie</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Polecenie</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Klawisze</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Skróty klawiszowe</translation>
        </message>
        <message>
            <source>Annotation guidelines</source>
            <translation>Wytyczne anotacji</translation>
        </message>
        <message>
            <source># Guidelines

No guidelines were found.</source>
            <translation># Wytyczne

Nie znaleziono wytycznych.</translation>
        </message>
        <message>
            <source>About annotator</source>
            <translation>O programie annotator</translation>
        </message>
        <message>
            <source>Label stances, quotes and figures in news articles; merge annotators, measure agreement, adjudicate gold labels.</source>
            <translation>Oznaczanie stanowisk, cytatów i liczb w artykułach prasowych; scalanie pracy anotatorów, pomiar zgodności, rozstrzyganie etykiet wzorcowych.</translation>
        </message>
        <message>
            <source>Project:</source>
            <translation>Projekt:</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Folder danych:</translation>
        </message>
        <message>
            <source>It uses Qt {qt} and PySide6 {pyside} (Qt for Python), under the GNU Lesser General Public License v3 (LGPLv3); their source is at {link}. Python {python} is under the PSF licence.</source>
            <translation>Korzysta z Qt {qt} i PySide6 {pyside} (Qt for Python) na licencji GNU Lesser General Public License v3 (LGPLv3); ich kod źródłowy jest dostępny pod adresem {link}. Python {python} jest dostępny na licencji PSF.</translation>
        </message>
        <message>
            <source>annotator is free software under the MIT licence.</source>
            <translation>annotator jest wolnym oprogramowaniem na licencji MIT.</translation>
        </message>
        <message>
            <source>annotator projects (*.sqlite *.annotator.sqlite);;All files (*)</source>
            <translation>Projekty annotator (*.sqlite *.annotator.sqlite);;Wszystkie pliki (*)</translation>
        </message>
    </context>
    <context>
        <name>Jobs</name>
        <message numerus="yes">
            <source>Imported %n document(s).</source>
            <translation>
                <numerusform>Zaimportowano %n dokument.</numerusform>
                <numerusform>Zaimportowano %n dokumenty.</numerusform>
                <numerusform>Zaimportowano %n dokumentów.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n annotation(s).</source>
            <translation>
                <numerusform>Dodano %n adnotację.</numerusform>
                <numerusform>Dodano %n adnotacje.</numerusform>
                <numerusform>Dodano %n adnotacji.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already present, unchanged.</source>
            <translation>
                <numerusform>%n już istniał, bez zmian.</numerusform>
                <numerusform>%n już istniały, bez zmian.</numerusform>
                <numerusform>%n już istniało, bez zmian.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importowanie…</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>Scalanie…</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Przywracanie kopii zapasowej…</translation>
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
    <context>
        <name>TeamDashboard</name>
        <message>
            <source>Team dashboard — {name}</source>
            <translation>Pulpit zespołu — {name}</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Odśwież</translation>
        </message>
        <message>
            <source>&amp;Save as HTML…</source>
            <translation>&amp;Zapisz jako HTML…</translation>
        </message>
        <message>
            <source>Save the team report</source>
            <translation>Zapisz raport zespołu</translation>
        </message>
        <message>
            <source>HTML files (*.html)</source>
            <translation>Pliki HTML (*.html)</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Enter your name first: it is saved with every label you make.</source>
            <translation>Najpierw wpisz swoje imię: jest zapisywane przy każdej etykiecie.</translation>
        </message>
        <message>
            <source>“{name}” is reserved for the adjudicated labels; choose another name.</source>
            <translation>„{name}” jest zarezerwowane dla rozstrzygniętych etykiet; wybierz inną nazwę.</translation>
        </message>
        <message>
            <source>Welcome to annotator</source>
            <translation>Witamy w programie annotator</translation>
        </message>
        <message>
            <source>Label stances, quotes and figures in news articles. Everything you do is saved as you go: there is no Save button.</source>
            <translation>Oznaczaj stanowiska, cytaty i liczby w artykułach prasowych. Wszystko zapisuje się na bieżąco: nie ma przycisku Zapisz.</translation>
        </message>
        <message>
            <source>e.g. alice</source>
            <translation>np. alicja</translation>
        </message>
        <message>
            <source>Saved with every label you make, so that a reviewer can compare annotators.</source>
            <translation>Zapisywane przy każdej etykiecie, aby recenzent mógł porównać anotatorów.</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Twoje &amp;imię:</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Twoje imię</translation>
        </message>
        <message>
            <source>Open the sample project</source>
            <translation>Otwórz projekt przykładowy</translation>
        </message>
        <message>
            <source>Five news articles to try the tools on</source>
            <translation>Pięć artykułów prasowych do wypróbowania narzędzi</translation>
        </message>
        <message>
            <source>Open {name}</source>
            <translation>Otwórz {name}</translation>
        </message>
        <message>
            <source>Create a new project…</source>
            <translation>Utwórz nowy projekt…</translation>
        </message>
        <message>
            <source>An empty project with the news schema, saved where you choose</source>
            <translation>Pusty projekt ze schematem dla wiadomości, zapisany we wskazanym miejscu</translation>
        </message>
        <message>
            <source>Open an existing project…</source>
            <translation>Otwórz istniejący projekt…</translation>
        </message>
        <message>
            <source>A project file (.sqlite) of yours or a colleague's</source>
            <translation>Plik projektu (.sqlite) Twój lub współpracownika</translation>
        </message>
        <message>
            <source>Import your own articles…</source>
            <translation>Zaimportuj własne artykuły…</translation>
        </message>
        <message>
            <source>Text, Markdown, JSONL or CSV files, into a new project</source>
            <translation>Pliki tekstowe, Markdown, JSONL lub CSV, do nowego projektu</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Zakończ</translation>
        </message>
        <message>
            <source>What would you like to do?</source>
            <translation>Co chcesz zrobić?</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Nowy projekt</translation>
        </message>
        <message>
            <source>New project for your articles</source>
            <translation>Nowy projekt na Twoje artykuły</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Otwórz projekt</translation>
        </message>
        <message>
            <source>{path} already exists; choose a new name, or open it instead.</source>
            <translation>{path} już istnieje; wybierz inną nazwę albo otwórz ten plik.</translation>
        </message>
    </context>
</TS>