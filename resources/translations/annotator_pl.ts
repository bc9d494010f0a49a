<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
    <context>
        <name />
        <message>
            <source>{source}:{line}: {reason}</source>
            <translation>{source}:{line}: {reason}</translation>
        </message>
        <message>
            <source>{source}: {reason}</source>
            <translation>{source}: {reason}</translation>
        </message>
        <message>
            <source>line {line}: {reason}</source>
            <translation>wiersz {line}: {reason}</translation>
        </message>
        <message>
            <source>{path}: {reason}</source>
            <translation>{path}: {reason}</translation>
        </message>
        <message>
            <source>cannot read schema file: {reason}</source>
            <translation>nie można odczytać pliku schematu: {reason}</translation>
        </message>
        <message>
            <source>not UTF-8 (invalid byte at offset {offset})</source>
            <translation>to nie jest UTF-8 (nieprawidłowy bajt na pozycji {offset})</translation>
        </message>
        <message>
            <source>invalid TOML: {error}</source>
            <translation>nieprawidłowy TOML: {error}</translation>
        </message>
        <message>
            <source>invalid TOML: arrays or tables nested too deeply</source>
            <translation>nieprawidłowy TOML: tablice lub tabele zagnieżdżone zbyt głęboko</translation>
        </message>
        <message>
            <source>the schema needs at least one [[layer]]</source>
            <translation>schemat potrzebuje co najmniej jednej warstwy [[layer]]</translation>
        </message>
        <message>
            <source>layer '{layer}', attribute '{attribute}': refers to unknown layer '{target}'</source>
            <translation>warstwa '{layer}', atrybut '{attribute}': odwołuje się do nieznanej warstwy '{target}'</translation>
        </message>
        <message>
            <source>layer '{layer}' has no attribute '{attribute}'</source>
            <translation>warstwa '{layer}' nie ma atrybutu '{attribute}'</translation>
        </message>
        <message>
            <source>layer '{layer}', attribute '{attribute}': {problem}</source>
            <translation>warstwa '{layer}', atrybut '{attribute}': {problem}</translation>
        </message>
        <message>
            <source>--delimiter must be one character, got {given}</source>
            <translation>--delimiter musi być jednym znakiem, podano {given}</translation>
        </message>
        <message>
            <source>empty file (no header row)</source>
            <translation>pusty plik (brak wiersza nagłówka)</translation>
        </message>
        <message>
            <source>invalid CSV: {error}</source>
            <translation>nieprawidłowy CSV: {error}</translation>
        </message>
        <message>
            <source>this is annotator's CSV of labels (one row per label, without the documents' texts): it cannot be imported; to move labels to another project, export JSONL (--format jsonl) and import that</source>
            <translation>to plik CSV etykiet z programu annotator (jeden wiersz na etykietę, bez tekstów dokumentów): nie da się go zaimportować; aby przenieść etykiety do innego projektu, wyeksportuj JSONL (--format jsonl) i zaimportuj go</translation>
        </message>
        <message>
            <source>no column named '{column}' for {option} (columns: {columns})</source>
            <translation>brak kolumny '{column}' dla {option} (kolumny: {columns})</translation>
        </message>
        <message>
            <source>no column named '{column}' (columns: {columns}); choose one with --text-column</source>
            <translation>brak kolumny '{column}' (kolumny: {columns}); wybierz kolumnę opcją --text-column</translation>
        </message>
        <message>
            <source>row has {fields} fields, the header has {columns}</source>
            <translation>wiersz ma pól: {fields}, a nagłówek kolumn: {columns}</translation>
        </message>
        <message>
            <source>empty '{column}' cell</source>
            <translation>pusta komórka '{column}'</translation>
        </message>
        <message>
            <source>no data rows under the header</source>
            <translation>brak wierszy danych pod nagłówkiem</translation>
        </message>
        <message>
            <source>column {number} has no name (a blank header); name it, or its values would be lost</source>
            <translation>kolumna {number} nie ma nazwy (pusty nagłówek); nazwij ją, inaczej jej wartości przepadną</translation>
        </message>
        <message>
            <source>columns {first} and {second} are both named '{name}'; rename one, or its values would be lost</source>
            <translation>kolumny {first} i {second} mają tę samą nazwę '{name}'; zmień nazwę jednej z nich, inaczej jej wartości przepadną</translation>
        </message>
        <message>
            <source>cannot read: {reason}</source>
            <translation>nie można odczytać: {reason}</translation>
        </message>
        <message>
            <source>unknown encoding '{encoding}'</source>
            <translation>nieznane kodowanie '{encoding}'</translation>
        </message>
        <message>
            <source>not valid {encoding}: byte 0x{byte} at byte offset {offset}</source>
            <translation>nieprawidłowe {encoding}: bajt 0x{byte} na pozycji {offset}</translation>
        </message>
        <message>
            <source>not valid {encoding}: byte 0x{byte} at byte offset {offset}; name the encoding with --encoding if it is not UTF-8</source>
            <translation>nieprawidłowe {encoding}: bajt 0x{byte} na pozycji {offset}; jeśli to nie UTF-8, podaj kodowanie opcją --encoding</translation>
        </message>
        <message>
            <source>not valid {encoding}: {error}</source>
            <translation>nieprawidłowe {encoding}: {error}</translation>
        </message>
        <message>
            <source>'{encoding}' is not a text encoding</source>
            <translation>'{encoding}' nie jest kodowaniem tekstu</translation>
        </message>
        <message>
            <source>decoding as {encoding} gives a lone surrogate (U+{code}), which is not a character</source>
            <translation>dekodowanie jako {encoding} daje samotny surogat (U+{code}), który nie jest znakiem</translation>
        </message>
        <message>
            <source>contains a NUL character: this looks like a binary file, not text</source>
            <translation>zawiera znak NUL: to wygląda na plik binarny, nie tekst</translation>
        </message>
        <message>
            <source>export the project again in Label Studio as JSON, not JSON-MIN: JSON-MIN leaves out each result's type, so a one-choice answer cannot be told from the task's own data</source>
            <translation>wyeksportuj projekt ponownie w Label Studio jako JSON, nie JSON-MIN: JSON-MIN pomija typ każdego wyniku, więc odpowiedzi z jednym wyborem nie da się odróżnić od danych zadania</translation>
        </message>
        <message>
            <source>import the folder that holds it with the .txt and .ann files (--format brat)</source>
            <translation>zaimportuj folder, w którym leży, razem z plikami .txt i .ann (--format brat)</translation>
        </message>
        <message>
            <source>import the folder that holds it (it says whose labels each folder beside it holds)</source>
            <translation>zaimportuj folder, w którym leży (mówi, czyje etykiety zawiera każdy folder obok niego)</translation>
        </message>
        <message>
            <source>annotator does not read CoNLL; export it from your tool as brat, doccano or WebAnno TSV instead</source>
            <translation>annotator nie czyta CoNLL; wyeksportuj dane ze swojego narzędzia jako brat, doccano lub WebAnno TSV</translation>
        </message>
        <message>
            <source>unknown format '{name}' (choose from {formats})</source>
            <translation>nieznany format '{name}' (do wyboru: {formats})</translation>
        </message>
        <message>
            <source>looks like an {title} file: use --format {name}</source>
            <translation>wygląda na plik {title}: użyj --format {name}</translation>
        </message>
        <message>
            <source>looks like a {title} file: use --format {name}</source>
            <translation>wygląda na plik {title}: użyj --format {name}</translation>
        </message>
        <message>
            <source>looks like an {title} file: {hint}</source>
            <translation>wygląda na plik {title}: {hint}</translation>
        </message>
        <message>
            <source>looks like a {title} file: {hint}</source>
            <translation>wygląda na plik {title}: {hint}</translation>
        </message>
        <message>
            <source>cannot import {title}: {hint}</source>
            <translation>nie można zaimportować {title}: {hint}</translation>
        </message>
        <message>
            <source>this is not an {title} file: it {what}</source>
            <translation>to nie jest plik {title}: {what}</translation>
        </message>
        <message>
            <source>this is not a {title} file: it {what}</source>
            <translation>to nie jest plik {title}: {what}</translation>
        </message>
        <message>
            <source>unknown kind of file ('{suffix}'); it {what}</source>
            <translation>nieznany rodzaj pliku ('{suffix}'); {what}</translation>
        </message>
        <message>
            <source>annotator reads a {suffix} file only as {titles}, and this is not one</source>
            <translation>annotator czyta plik {suffix} tylko jako {titles}, a ten nim nie jest</translation>
        </message>
        <message>
            <source>unknown kind of file ('{suffix}'): annotator reads {known}; name the format with --format (e.g. --format text)</source>
            <translation>nieznany rodzaj pliku ('{suffix}'): annotator czyta {known}; podaj format opcją --format (np. --format text)</translation>
        </message>
        <message>
            <source>unknown kind of file (no suffix): annotator reads {known}; name the format with --format (e.g. --format text)</source>
            <translation>nieznany rodzaj pliku (bez rozszerzenia): annotator czyta {known}; podaj format opcją --format (np. --format text)</translation>
        </message>
        <message>
            <source>a {suffix} file that is neither {first} nor {second}</source>
            <translation>plik {suffix}, który nie jest ani {first}, ani {second}</translation>
        </message>
        <message>
            <source>a {suffix} file that is neither {titles}</source>
            <translation>plik {suffix}, który nie jest {titles}</translation>
        </message>
        <message>
            <source>{neither}; it {what}</source>
            <translation>{neither}; {what}</translation>
        </message>
        <message>
            <source>this {what}</source>
            <translation>ten plik {what}</translation>
        </message>
        <message>
            <source>no importable files in this folder ({reasons})</source>
            <translation>w tym folderze nie ma plików do zaimportowania ({reasons})</translation>
        </message>
        <message>
            <source>no importable files in this folder</source>
            <translation>w tym folderze nie ma plików do zaimportowania</translation>
        </message>
        <message>
            <source>this is a project file open in annotator, not a file to import</source>
            <translation>to plik projektu otwarty w programie annotator, a nie plik do importu</translation>
        </message>
        <message>
            <source>no such file or folder</source>
            <translation>nie ma takiego pliku ani folderu</translation>
        </message>
        <message>
            <source>schema extended (--add-layers): {layers}</source>
            <translation>schemat rozszerzony (--add-layers): {layers}</translation>
        </message>
        <message numerus="yes">
            <source>already present (same annotator, layer and span): %n label(s)</source>
            <translation>
                <numerusform>już obecne (ten sam anotator, warstwa i fragment): %n etykieta</numerusform>
                <numerusform>już obecne (ten sam anotator, warstwa i fragment): %n etykiety</numerusform>
                <numerusform>już obecne (ten sam anotator, warstwa i fragment): %n etykiet</numerusform>
            </translation>
        </message>
        <message>
            <source>predictions stored as suggestions: {number}</source>
            <translation>predykcje zapisane jako sugestie: {number}</translation>
        </message>
        <message>
            <source>notes on what was read ({number}):</source>
            <translation>uwagi o odczytanych danych ({number}):</translation>
        </message>
        <message>
            <source>  {item}</source>
            <translation>  {item}</translation>
        </message>
        <message numerus="yes">
            <source>not read, of no kind annotator knows: %n file(s)</source>
            <translation>
                <numerusform>nie odczytano, rodzaj nieznany programowi annotator: %n plik</numerusform>
                <numerusform>nie odczytano, rodzaj nieznany programowi annotator: %n pliki</numerusform>
                <numerusform>nie odczytano, rodzaj nieznany programowi annotator: %n plików</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>these folders hold the labels of %n annotator(s) ({names}); --annotator would make them all {name}'s: leave it out, or import one annotator's folder with it</source>
            <translation>
                <numerusform>te foldery zawierają etykiety %n anotatora ({names}); --annotator przypisałby je wszystkie anotatorowi {name}: pomiń tę opcję albo zaimportuj z nią folder jednego anotatora</numerusform>
                <numerusform>te foldery zawierają etykiety %n anotatorów ({names}); --annotator przypisałby je wszystkie anotatorowi {name}: pomiń tę opcję albo zaimportuj z nią folder jednego anotatora</numerusform>
                <numerusform>te foldery zawierają etykiety %n anotatorów ({names}); --annotator przypisałby je wszystkie anotatorowi {name}: pomiń tę opcję albo zaimportuj z nią folder jednego anotatora</numerusform>
            </translation>
        </message>
        <message>
            <source>document '{name}' appears again with different text (first at {first})</source>
            <translation>dokument '{name}' pojawia się ponownie z innym tekstem (pierwszy raz w {first})</translation>
        </message>
        <message>
            <source>annotation id '{id}' is used twice</source>
            <translation>identyfikator adnotacji '{id}' występuje dwa razy</translation>
        </message>
        <message>
            <source>document '{name}', progress of '{annotator}': no layer '{layer}' in the schema</source>
            <translation>dokument '{name}', stan pracy '{annotator}': w schemacie nie ma warstwy '{layer}'</translation>
        </message>
        <message>
            <source>document '{name}', annotation #{number}: {problem}</source>
            <translation>dokument '{name}', adnotacja nr {number}: {problem}</translation>
        </message>
        <message>
            <source>document '{name}', {problem}</source>
            <translation>dokument '{name}', {problem}</translation>
        </message>
        <message>
            <source>empty file (no JSON lines)</source>
            <translation>pusty plik (brak wierszy JSON)</translation>
        </message>
        <message>
            <source>invalid JSON: {reason} at column {column}</source>
            <translation>nieprawidłowy JSON: {reason} w kolumnie {column}</translation>
        </message>
        <message>
            <source>invalid JSON: {reason}</source>
            <translation>nieprawidłowy JSON: {reason}</translation>
        </message>
        <message>
            <source>invalid JSON: nested too deeply</source>
            <translation>nieprawidłowy JSON: zbyt głębokie zagnieżdżenie</translation>
        </message>
        <message>
            <source>invalid JSON: a \u escape gives half a UTF-16 surrogate pair, not a character</source>
            <translation>nieprawidłowy JSON: sekwencja \u daje połowę pary surogatów UTF-16, a nie znak</translation>
        </message>
        <message>
            <source>a brat document needs {txt} and {ann} side by side; {missing} is missing</source>
            <translation>dokument brat wymaga plików {txt} i {ann} w jednym folderze; brakuje {missing}</translation>
        </message>
        <message>
            <source>empty document (no text to annotate)</source>
            <translation>pusty dokument (brak tekstu do adnotacji)</translation>
        </message>
        <message>
            <source>not imported: {source}:{line}: {what}</source>
            <translation>nie zaimportowano: {source}:{line}: {what}</translation>
        </message>
        <message>
            <source>event {ident} ({kind}): brat events have no counterpart here; their trigger spans are imported</source>
            <translation>zdarzenie {ident} ({kind}): zdarzenia brat nie mają tu odpowiednika; importowane są ich fragmenty wyzwalające</translation>
        </message>
        <message>
            <source>equivalence {what}: not held</source>
            <translation>równoważność {what}: nie jest przechowywana</translation>
        </message>
        <message>
            <source>normalisation {ident} ({what}): not held</source>
            <translation>normalizacja {ident} ({what}): nie jest przechowywana</translation>
        </message>
        <message>
            <source>not a brat annotation line: {line}</source>
            <translation>to nie jest wiersz adnotacji brat: {line}</translation>
        </message>
        <message>
            <source>{ident}: offsets must be 'start end', got {ranges}</source>
            <translation>{ident}: pozycje muszą mieć postać 'początek koniec', a są {ranges}</translation>
        </message>
        <message numerus="yes">
            <source>{ident} {label}: a discontinuous span of %n fragment(s) ({ranges}); annotator spans are continuous</source>
            <translation>
                <numerusform>{ident} {label}: nieciągły fragment złożony z %n części ({ranges}); fragmenty w annotatorze są ciągłe</numerusform>
                <numerusform>{ident} {label}: nieciągły fragment złożony z %n części ({ranges}); fragmenty w annotatorze są ciągłe</numerusform>
                <numerusform>{ident} {label}: nieciągły fragment złożony z %n części ({ranges}); fragmenty w annotatorze są ciągłe</numerusform>
            </translation>
        </message>
        <message>
            <source>{ident}: expected 'Name T1 [Value]', got {rest}</source>
            <translation>{ident}: oczekiwano 'Nazwa T1 [Wartość]', a jest {rest}</translation>
        </message>
        <message>
            <source>attribute {name} of {target}: only spans hold attributes</source>
            <translation>atrybut {name} elementu {target}: atrybuty mają tylko fragmenty</translation>
        </message>
        <message>
            <source>relation {ident} {kind}: its arguments are not spans</source>
            <translation>relacja {ident} {kind}: jej argumenty nie są fragmentami</translation>
        </message>
        <message>
            <source>relation {ident} {kind}: {source} already has a {kind} relation, and an attribute holds one</source>
            <translation>relacja {ident} {kind}: {source} ma już relację {kind}, a atrybut mieści tylko jedną</translation>
        </message>
        <message>
            <source>note on {target}: only spans hold notes here</source>
            <translation>notatka do {target}: tutaj notatki mają tylko fragmenty</translation>
        </message>
        <message>
            <source>invalid YAML front matter: {reason}</source>
            <translation>nieprawidłowy nagłówek YAML (front matter): {reason}</translation>
        </message>
        <message>
            <source>invalid YAML front matter: nested too deeply</source>
            <translation>nieprawidłowy nagłówek YAML (front matter): zbyt głębokie zagnieżdżenie</translation>
        </message>
        <message>
            <source>front matter must be a mapping of names to values</source>
            <translation>nagłówek (front matter) musi przypisywać wartości nazwom</translation>
        </message>
        <message>
            <source>front matter key {key} is read by YAML as {kind}, not text; put it in quotes</source>
            <translation>klucz nagłówka {key} YAML odczytuje jako {kind}, nie tekst; ujmij go w cudzysłów</translation>
        </message>
        <message>
            <source>Annotations of different annotators are aligned into units per document and layer: 'exact' pairs identical spans, 'overlap' pairs spans sharing at least one character, largest overlap first, one annotation per annotator per unit and every two members of a unit overlapping; an unmatched annotation is a unit of its own. Document-level labels (and other empty spans) pair with labels at the same offset, in creation order. Span agreement is computed per pair of annotators, only on documents where both have at least one annotation on any layer (a document someone never opened says nothing about them); with the alphabetically first annotator as reference, precision = matched / spans of the second, recall = matched / spans of the first, F1 = 2 x matched / (spans of both), which is the same in both directions, so it is already the average of the two; the layer's f1 is the mean over pairs. Attribute agreement uses the units of the chosen match mode: an annotator with no annotation in a unit, or whose annotation has no value for the attribute, is missing there, and units with fewer than two values are left out ('units' counts the rest). Text values are compared after trimming and case-folding, choices and flags as given, numbers by value (interval level for Krippendorff's alpha, nominal otherwise), and a reference by the unit its target annotation was aligned to (a target outside the data is compared by its id). Krippendorff's alpha uses the coincidence matrix; it is null when the remaining values show no variation at all (undefined, 0/0) or nothing is pairable. Fleiss' kappa is computed on the units with two or more values and is null unless all of them have the same number of values. Cohen's kappa is per pair over the units both coded. Percent agreement is the share of agreeing value pairs over all pairs in all units. A confusion matrix per choice or flag attribute and pair counts the units both annotators of the pair coded: rows the first annotator's values, columns the second's, labels in schema order (flags true, then false). The annotator 'gold' is left out unless named.</source>
            <translation>Adnotacje różnych anotatorów są dopasowywane w jednostki osobno dla każdego dokumentu i warstwy: tryb 'exact' łączy identyczne fragmenty, 'overlap' łączy fragmenty mające co najmniej jeden wspólny znak, zaczynając od największego nakładania się, z jedną adnotacją na anotatora w jednostce i przy założeniu, że każde dwie adnotacje jednostki się nakładają; adnotacja bez pary jest osobną jednostką. Etykiety całego dokumentu (i inne puste fragmenty) łączą się z etykietami o tym samym przesunięciu, w kolejności utworzenia. Zgodność fragmentów liczy się dla każdej pary anotatorów, tylko na dokumentach, w których oboje mają co najmniej jedną adnotację na dowolnej warstwie (dokument, którego ktoś nie otworzył, nic o nim nie mówi); wzorcem jest anotator pierwszy alfabetycznie: precyzja = dopasowane / fragmenty drugiego, pełność = dopasowane / fragmenty pierwszego, F1 = 2 x dopasowane / (fragmenty obojga), co jest takie samo w obu kierunkach, więc jest już średnią z obu; f1 warstwy to średnia po parach. Zgodność atrybutów korzysta z jednostek wybranego trybu dopasowania: anotator bez adnotacji w jednostce albo z adnotacją bez wartości atrybutu jest tam nieobecny, a jednostki z mniej niż dwiema wartościami są pomijane ('units' liczy pozostałe). Wartości tekstowe porównuje się po obcięciu spacji i ujednoliceniu wielkości liter, wybory i flagi tak, jak podano, liczby według wartości (poziom interwałowy dla alfy Krippendorffa, w pozostałych miarach nominalny), a odwołanie według jednostki, do której dopasowano jego adnotację docelową (cel spoza danych porównuje się po identyfikatorze). Alfa Krippendorffa korzysta z macierzy koincydencji; jest pusta (null), gdy pozostałe wartości wcale się nie różnią (nieokreślona, 0/0) albo nie ma czego łączyć w pary. Kappę Fleissa liczy się na jednostkach z dwiema lub więcej wartościami; jest pusta, chyba że wszystkie mają tyle samo wartości. Kappa Cohena jest liczona dla każdej pary na jednostkach oznaczonych przez oboje. Procent zgodności to udział zgodnych par wartości wśród wszystkich par we wszystkich jednostkach. Macierz pomyłek dla każdego atrybutu wyboru lub flagi i każdej pary liczy jednostki oznaczone przez obu anotatorów pary: wiersze to wartości pierwszego anotatora, kolumny drugiego, etykiety w kolejności schematu (flagi: prawda, potem fałsz). Anotator 'gold' jest pomijany, chyba że zostanie wskazany.</translation>
        </message>
        <message>
            <source>{folder}: could not write a backup: {error}</source>
            <translation>{folder}: nie udało się zapisać kopii zapasowej: {error}</translation>
        </message>
        <message>
            <source>{backup}: this is the project itself, not a backup of it</source>
            <translation>{backup}: to sam projekt, a nie jego kopia zapasowa</translation>
        </message>
        <message>
            <source>{backup}: not a usable backup: {error}</source>
            <translation>{backup}: tej kopii zapasowej nie da się użyć: {error}</translation>
        </message>
        <message>
            <source>{project}: could not restore {backup}: {error}</source>
            <translation>{project}: nie udało się przywrócić {backup}: {error}</translation>
        </message>
        <message>
            <source>{annotator}'s {layer} {start}–{end} in '{document}' (newer in {source})</source>
            <translation>{layer} {start}–{end} (anotator: {annotator}) w '{document}' (nowsza w {source})</translation>
        </message>
        <message numerus="yes">
            <source>Merged %n file(s).</source>
            <translation>
                <numerusform>Scalono %n plik.</numerusform>
                <numerusform>Scalono %n pliki.</numerusform>
                <numerusform>Scalono %n plików.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing new: the project already had everything in these files.</source>
            <translation>Nic nowego: projekt miał już wszystko, co jest w tych plikach.</translation>
        </message>
        <message>
            <source>Documents added: {number} ({names})</source>
            <translation>Dodane dokumenty: {number} ({names})</translation>
        </message>
        <message>
            <source>{annotator}: {added} added, {updated} updated, {unchanged} unchanged</source>
            <translation>{annotator}: dodane {added}, zaktualizowane {updated}, bez zmian {unchanged}</translation>
        </message>
        <message>
            <source>Document statuses: {added} added, {updated} updated</source>
            <translation>Stany dokumentów: dodane {added}, zaktualizowane {updated}</translation>
        </message>
        <message>
            <source>Updated annotations ({number}):</source>
            <translation>Zaktualizowane adnotacje ({number}):</translation>
        </message>
        <message>
            <source>… and {number} more</source>
            <translation>… i jeszcze {number}</translation>
        </message>
        <message numerus="yes">
            <source>Active time updated on %n document(s)</source>
            <translation>
                <numerusform>Zaktualizowano czas pracy dla %n dokumentu</numerusform>
                <numerusform>Zaktualizowano czas pracy dla %n dokumentów</numerusform>
                <numerusform>Zaktualizowano czas pracy dla %n dokumentów</numerusform>
            </translation>
        </message>
        <message>
            <source>Work packages returned: {names}</source>
            <translation>Zwrócone pakiety pracy: {names}</translation>
        </message>
        <message>
            <source>Beyond the packages' assignments ({number}):</source>
            <translation>Poza przydziałami pakietów ({number}):</translation>
        </message>
        <message>
            <source>Conflicts, skipped ({number}):</source>
            <translation>Konflikty, pominięte ({number}):</translation>
        </message>
        <message>
            <source>cannot merge inside another transaction</source>
            <translation>nie można scalać wewnątrz innej transakcji</translation>
        </message>
        <message>
            <source>merge failed, nothing was changed: {error}</source>
            <translation>scalanie nie powiodło się, niczego nie zmieniono: {error}</translation>
        </message>
        <message>
            <source>this is the project itself; it cannot be merged into itself</source>
            <translation>to ten sam projekt; nie można go scalić z samym sobą</translation>
        </message>
        <message>
            <source>this is {annotator}'s work package from another project (project {project_id}), not from {project}; merge it into the project it was made from</source>
            <translation>to pakiet pracy anotatora {annotator} z innego projektu (projekt {project_id}), nie z {project}; scal go z projektem, z którego powstał</translation>
        </message>
        <message>
            <source>its schema does not fit the project {project}: the project lacks {missing} (same layers and attributes, or a subset, are needed)</source>
            <translation>jego schemat nie pasuje do projektu {project}: w projekcie brakuje: {missing} (potrzebne są te same warstwy i atrybuty albo ich podzbiór)</translation>
        </message>
        <message>
            <source>layer '{layer}'</source>
            <translation>warstwa '{layer}'</translation>
        </message>
        <message>
            <source>attribute '{attribute}' of layer '{layer}' (or has it with another type)</source>
            <translation>atrybut '{attribute}' warstwy '{layer}' (albo ma go z innym typem)</translation>
        </message>
        <message>
            <source>choice '{choice}' of attribute '{attribute}' in layer '{layer}'</source>
            <translation>wybór '{choice}' atrybutu '{attribute}' w warstwie '{layer}'</translation>
        </message>
        <message>
            <source>cannot read for merging: {error}</source>
            <translation>nie można odczytać do scalenia: {error}</translation>
        </message>
        <message numerus="yes">
            <source>{source}: document '{name}' has different text than the project's document of that name; skipped it and its %n annotation(s)</source>
            <translation>
                <numerusform>{source}: dokument '{name}' ma inny tekst niż dokument projektu o tej nazwie; pominięto go wraz z %n adnotacją</numerusform>
                <numerusform>{source}: dokument '{name}' ma inny tekst niż dokument projektu o tej nazwie; pominięto go wraz z %n adnotacjami</numerusform>
                <numerusform>{source}: dokument '{name}' ma inny tekst niż dokument projektu o tej nazwie; pominięto go wraz z %n adnotacjami</numerusform>
            </translation>
        </message>
        <message>
            <source>{source}: annotation {id} ({annotator}'s {layer} in '{here}') has the same id as {other}'s annotation in '{there}' in the project; skipped</source>
            <translation>{source}: adnotacja {id} ({layer}, anotator {annotator}, w '{here}') ma ten sam identyfikator co adnotacja anotatora {other} w '{there}' w projekcie; pominięto</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n annotation(s) by '{annotator}', not by the package's annotator '{owner}'</source>
            <translation>
                <numerusform>{file}: %n adnotacja anotatora '{annotator}', a nie anotatora pakietu '{owner}'</numerusform>
                <numerusform>{file}: %n adnotacje anotatora '{annotator}', a nie anotatora pakietu '{owner}'</numerusform>
                <numerusform>{file}: %n adnotacji anotatora '{annotator}', a nie anotatora pakietu '{owner}'</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n document(s) worked on outside {owner}'s assignment: {names}</source>
            <translation>
                <numerusform>{file}: %n dokument opracowany poza przydziałem anotatora {owner}: {names}</numerusform>
                <numerusform>{file}: %n dokumenty opracowane poza przydziałem anotatora {owner}: {names}</numerusform>
                <numerusform>{file}: %n dokumentów opracowanych poza przydziałem anotatora {owner}: {names}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>skipped %n SQLite companion file(s) of a project beside them (-wal/-shm/-journal, part of that project, not inputs): {names}</source>
            <translation>
                <numerusform>pominięto %n plik towarzyszący SQLite projektu leżącego obok (-wal/-shm/-journal, część tamtego projektu, nie dane wejściowe): {names}</numerusform>
                <numerusform>pominięto %n pliki towarzyszące SQLite projektu leżącego obok (-wal/-shm/-journal, część tamtego projektu, nie dane wejściowe): {names}</numerusform>
                <numerusform>pominięto %n plików towarzyszących SQLite projektu leżącego obok (-wal/-shm/-journal, część tamtego projektu, nie dane wejściowe): {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>not an annotator project (not an SQLite database)</source>
            <translation>to nie jest projekt programu annotator (to nie baza danych SQLite)</translation>
        </message>
        <message>
            <source>cannot read: it is a folder, not a project file</source>
            <translation>nie można odczytać: to folder, a nie plik projektu</translation>
        </message>
        <message>
            <source>no such project file</source>
            <translation>nie ma takiego pliku projektu</translation>
        </message>
        <message>
            <source>{reason}; this change was not saved</source>
            <translation>{reason}; tej zmiany nie zapisano</translation>
        </message>
        <message>
            <source>cannot remove what is in use: {items}</source>
            <translation>nie można usunąć tego, co jest używane: {items}</translation>
        </message>
        <message>
            <source>cannot open: {error}</source>
            <translation>nie można otworzyć: {error}</translation>
        </message>
        <message>
            <source>not a usable SQLite database</source>
            <translation>baza danych SQLite nie nadaje się do użytku</translation>
        </message>
        <message>
            <source>not a usable SQLite database ({error})</source>
            <translation>baza danych SQLite nie nadaje się do użytku ({error})</translation>
        </message>
        <message>
            <source>not an annotator project (another program's SQLite database)</source>
            <translation>to nie jest projekt programu annotator (baza danych SQLite innego programu)</translation>
        </message>
        <message>
            <source>written by a newer version of annotator (layout '{layout}'); update annotator to open it</source>
            <translation>zapisany nowszą wersją programu annotator (układ '{layout}'); zaktualizuj program, aby go otworzyć</translation>
        </message>
        <message>
            <source>made by an older version of annotator: open it once in annotator to upgrade it, then try again</source>
            <translation>utworzony starszą wersją programu annotator: otwórz go raz w programie annotator, aby go zaktualizować, i spróbuj ponownie</translation>
        </message>
        <message>
            <source>the project has no schema (damaged file?)</source>
            <translation>projekt nie ma schematu (uszkodzony plik?)</translation>
        </message>
        <message>
            <source>cannot write: {error}</source>
            <translation>nie można zapisać: {error}</translation>
        </message>
        <message>
            <source>the disk is full (or the project reached its size limit)</source>
            <translation>dysk jest pełny (albo projekt osiągnął limit rozmiaru)</translation>
        </message>
        <message>
            <source>the project file or its folder is read-only (annotator saves every edit at once, so it needs write access to both)</source>
            <translation>plik projektu lub jego folder jest tylko do odczytu (annotator od razu zapisuje każdą zmianę, więc potrzebuje prawa zapisu do obu)</translation>
        </message>
        <message>
            <source>another program (another annotator window or command?) is writing to the project and did not finish within {seconds} s; try again when it is done</source>
            <translation>inny program (inne okno programu annotator lub polecenie?) zapisuje do projektu i nie skończył w ciągu {seconds} s; spróbuj ponownie, gdy skończy</translation>
        </message>
        <message>
            <source>the disk could not be read or written ({error})</source>
            <translation>nie udało się odczytać lub zapisać dysku ({error})</translation>
        </message>
        <message>
            <source>{damaged} ({error})</source>
            <translation>{damaged} ({error})</translation>
        </message>
        <message>
            <source>the file is damaged</source>
            <translation>plik jest uszkodzony</translation>
        </message>
        <message>
            <source>the file cannot be opened ({error}); was it moved or deleted?</source>
            <translation>nie można otworzyć pliku ({error}); czy został przeniesiony lub usunięty?</translation>
        </message>
        <message>
            <source>permission denied ({error})</source>
            <translation>brak uprawnień ({error})</translation>
        </message>
        <message>
            <source>layer '{layer}', attribute '{attribute}', choice '{choice}' is used by {number} annotation(s)</source>
            <translation>warstwa '{layer}', atrybut '{attribute}', wybór '{choice}' – liczba używających adnotacji: {number}</translation>
        </message>
        <message>
            <source>layer '{layer}', attribute '{attribute}' is used by {number} annotation(s)</source>
            <translation>warstwa '{layer}', atrybut '{attribute}' – liczba używających adnotacji: {number}</translation>
        </message>
        <message>
            <source>layer '{layer}' is used by {number} annotation(s)</source>
            <translation>warstwa '{layer}' – liczba używających adnotacji: {number}</translation>
        </message>
        <message>
            <source>done</source>
            <translation>gotowe</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>w toku</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nierozpoczęte</translation>
        </message>
        <message>
            <source>documents</source>
            <translation>dokumenty</translation>
        </message>
        <message>
            <source>active minutes per document</source>
            <translation>minuty aktywnej pracy na dokument</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>b.d.</translation>
        </message>
        <message>
            <source>span F1 (layers) · Krippendorff's alpha (attributes)</source>
            <translation>F1 fragmentów (warstwy) · alfa Krippendorffa (atrybuty)</translation>
        </message>
        <message>
            <source>all documents (the project has no work packages)</source>
            <translation>wszystkie dokumenty (projekt nie ma pakietów pracy)</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) assigned to more than one annotator and worked on by at least two of them; on each, only the labels of the annotators assigned to it</source>
            <translation>
                <numerusform>%n dokument przydzielony więcej niż jednemu anotatorowi i opracowany przez co najmniej dwóch z nich; w każdym tylko etykiety anotatorów, którym go przydzielono</numerusform>
                <numerusform>%n dokumenty przydzielone więcej niż jednemu anotatorowi i opracowane przez co najmniej dwóch z nich; w każdym tylko etykiety anotatorów, którym go przydzielono</numerusform>
                <numerusform>%n dokumentów przydzielonych więcej niż jednemu anotatorowi i opracowanych przez co najmniej dwóch z nich; w każdym tylko etykiety anotatorów, którym go przydzielono</numerusform>
            </translation>
        </message>
        <message>
            <source>Team report: {project}</source>
            <translation>Raport zespołu: {project}</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Postęp</translation>
        </message>
        <message>
            <source>Active minutes per document</source>
            <translation>Minuty aktywnej pracy na dokument</translation>
        </message>
        <message>
            <source>Active time: the document open and the window active; a stretch of more than two minutes without input is left out.</source>
            <translation>Czas aktywnej pracy: dokument otwarty, a okno aktywne; okresy dłuższe niż dwie minuty bez żadnego działania są pomijane.</translation>
        </message>
        <message>
            <source>No active time recorded yet (the window records it).</source>
            <translation>Nie zapisano jeszcze czasu pracy (zapisuje go okno programu).</translation>
        </message>
        <message>
            <source>Compared: {scope}.</source>
            <translation>Porównano: {scope}.</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Zgodność</translation>
        </message>
        <message>
            <source>Made {when} by annotator.</source>
            <translation>Utworzono {when} w programie annotator.</translation>
        </message>
        <message>
            <source>Nobody has worked on this project yet.</source>
            <translation>Nikt jeszcze nie pracował nad tym projektem.</translation>
        </message>
        <message>
            <source>Time per document</source>
            <translation>Czas na dokument</translation>
        </message>
        <message>
            <source>Confusion between annotators</source>
            <translation>Pomyłki między anotatorami</translation>
        </message>
        <message>
            <source>No choice or flag values coded by two annotators yet.</source>
            <translation>Dwóch anotatorów nie oznaczyło jeszcze żadnych wartości wyboru ani flag.</translation>
        </message>
        <message>
            <source>{pairs} pairs: shown are all pairs pooled and the {least} agreeing least; every pair is in {command}.</source>
            <translation>Par: {pairs}; pokazano wszystkie pary łącznie i {least} najmniej zgodnych; każda para jest w {command}.</translation>
        </message>
        <message>
            <source>Rows: the first annotator of the pair (alphabetically), columns: the second; counts over units both coded.</source>
            <translation>Wiersze: pierwszy anotator pary (alfabetycznie), kolumny: drugi; liczby jednostek oznaczonych przez obu.</translation>
        </message>
        <message>
            <source>How agreement is computed</source>
            <translation>Jak liczona jest zgodność</translation>
        </message>
        <message>
            <source>annotator</source>
            <translation>anotator</translation>
        </message>
        <message>
            <source>assigned</source>
            <translation>przydzielone</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>zwrócone</translation>
        </message>
        <message>
            <source>active time</source>
            <translation>czas aktywny</translation>
        </message>
        <message>
            <source>median per document</source>
            <translation>mediana na dokument</translation>
        </message>
        <message>
            <source>{layer}: span F1</source>
            <translation>{layer}: F1 fragmentów</translation>
        </message>
        <message>
            <source>{layer}.{attribute}: alpha</source>
            <translation>{layer}.{attribute}: alfa</translation>
        </message>
        <message>
            <source>measure</source>
            <translation>miara</translation>
        </message>
        <message>
            <source>value</source>
            <translation>wartość</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} godz. {minutes} min</translation>
        </message>
        <message>
            <source>{minutes} min {seconds} s</source>
            <translation>{minutes} min {seconds} s</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>expected a string, got {value}</source>
            <translation>oczekiwano tekstu, podano {value}</translation>
        </message>
        <message>
            <source>{value} is not one of {choices}</source>
            <translation>{value} nie jest żadną z wartości: {choices}</translation>
        </message>
        <message>
            <source>expected a number, got {value}</source>
            <translation>oczekiwano liczby, podano {value}</translation>
        </message>
        <message>
            <source>expected a finite number, got {value}</source>
            <translation>oczekiwano skończonej liczby, podano {value}</translation>
        </message>
        <message>
            <source>expected true or false, got {value}</source>
            <translation>oczekiwano true lub false, podano {value}</translation>
        </message>
        <message>
            <source>expected a date as YYYY-MM-DD, got {value}</source>
            <translation>oczekiwano daty w postaci RRRR-MM-DD, podano {value}</translation>
        </message>
        <message>
            <source>unknown layer '{layer}' (the schema has: {known})</source>
            <translation>nieznana warstwa '{layer}' (schemat ma: {known})</translation>
        </message>
        <message>
            <source>layer '{layer}' labels whole documents: start and end must be 0</source>
            <translation>warstwa '{layer}' oznacza całe dokumenty: początek i koniec muszą być 0</translation>
        </message>
        <message>
            <source>offsets {start}-{end} are not a non-empty span inside the text (0-{length} code points)</source>
            <translation>pozycje {start}-{end} nie są niepustym fragmentem wewnątrz tekstu (0-{length} znaków)</translation>
        </message>
        <message>
            <source>attribute '{attribute}' refers to '{target}', which is not an annotation in this document</source>
            <translation>atrybut '{attribute}' wskazuje '{target}', a to nie jest adnotacja w tym dokumencie</translation>
        </message>
        <message>
            <source>attribute '{attribute}' must refer to a {layers} annotation, not {target}</source>
            <translation>atrybut '{attribute}' musi wskazywać adnotację warstwy {layers}, nie {target}</translation>
        </message>
        <message>
            <source>annotation #{number}: {problem}</source>
            <translation>adnotacja nr {number}: {problem}</translation>
        </message>
        <message>
            <source>each line must be a JSON object with "name" and "text"</source>
            <translation>każdy wiersz musi być obiektem JSON z "name" i "text"</translation>
        </message>
        <message>
            <source>unknown key '{key}' (expected name, text, meta, annotations, progress)</source>
            <translation>nieznany klucz '{key}' (oczekiwano name, text, meta, annotations, progress)</translation>
        </message>
        <message>
            <source>"name" must be a non-empty string</source>
            <translation>"name" musi być niepustym tekstem</translation>
        </message>
        <message>
            <source>document '{name}': "text" must be a non-empty string</source>
            <translation>dokument '{name}': "text" musi być niepustym tekstem</translation>
        </message>
        <message>
            <source>document '{name}': "meta" must be an object</source>
            <translation>dokument '{name}': "meta" musi być obiektem</translation>
        </message>
        <message>
            <source>document '{name}': "annotations" must be a list</source>
            <translation>dokument '{name}': "annotations" musi być listą</translation>
        </message>
        <message>
            <source>document '{name}': "progress" must be a list</source>
            <translation>dokument '{name}': "progress" musi być listą</translation>
        </message>
        <message>
            <source>document '{name}': progress of '{annotator}' is given twice</source>
            <translation>dokument '{name}': stan pracy '{annotator}' podano dwa razy</translation>
        </message>
        <message>
            <source>progress #{number}</source>
            <translation>wpis progress nr {number}</translation>
        </message>
        <message>
            <source>{where} must be an object</source>
            <translation>{where} musi być obiektem</translation>
        </message>
        <message>
            <source>{where}: unknown key '{key}'</source>
            <translation>{where}: nieznany klucz '{key}'</translation>
        </message>
        <message>
            <source>{where}: "annotator" must be a non-empty string</source>
            <translation>{where}: "annotator" musi być niepustym tekstem</translation>
        </message>
        <message>
            <source>{where}: "status" must be one of {values}</source>
            <translation>{where}: "status" musi mieć jedną z wartości: {values}</translation>
        </message>
        <message>
            <source>{where}: "none_present" must be a list of layer names</source>
            <translation>{where}: "none_present" musi być listą nazw warstw</translation>
        </message>
        <message>
            <source>{where}: "{key}" must be a string</source>
            <translation>{where}: "{key}" musi być tekstem</translation>
        </message>
        <message>
            <source>{where}: "active_seconds" must be a number of seconds, 0 or more</source>
            <translation>{where}: "active_seconds" musi być liczbą sekund, 0 lub więcej</translation>
        </message>
        <message>
            <source>annotation #{number}</source>
            <translation>adnotacja nr {number}</translation>
        </message>
        <message>
            <source>{where}: "{key}" must be an integer (code point offset)</source>
            <translation>{where}: "{key}" musi być liczbą całkowitą (pozycja znaku)</translation>
        </message>
        <message>
            <source>{where}: "attributes" must be an object</source>
            <translation>{where}: "attributes" musi być obiektem</translation>
        </message>
        <message>
            <source>{where}: "origin" must be one of {values}</source>
            <translation>{where}: "origin" musi mieć jedną z wartości: {values}</translation>
        </message>
        <message>
            <source>an empty JSON array (no records)</source>
            <translation>pusta tablica JSON (brak rekordów)</translation>
        </message>
        <message>
            <source>empty file (no JSON records)</source>
            <translation>pusty plik (brak rekordów JSON)</translation>
        </message>
        <message>
            <source>each record must be a JSON object with "text"</source>
            <translation>każdy rekord musi być obiektem JSON z "text"</translation>
        </message>
        <message>
            <source>"text" must be a non-empty string</source>
            <translation>"text" musi być niepustym tekstem</translation>
        </message>
        <message>
            <source>{where}: the record names '{own}', but its labels are no longer those annotator's export wrote for '{own}' (changed in doccano?): read as the labels of '{annotator}', and '{own}' kept as the document's metadata</source>
            <translation>{where}: rekord wskazuje '{own}', ale jego etykiety nie są już tymi, które eksport annotatora zapisał dla '{own}' (zmienione w doccano?): odczytane jako etykiety '{annotator}', a '{own}' zachowane w metadanych dokumentu</translation>
        </message>
        <message>
            <source>"{key}" must be a list</source>
            <translation>"{key}" musi być listą</translation>
        </message>
        <message>
            <source>{key} #{number} must be [start, end, "LABEL"], got {got}</source>
            <translation>{key} nr {number} musi mieć postać [start, end, "LABEL"], podano {got}</translation>
        </message>
        <message>
            <source>{key} #{number} must be [start, end, "LABEL"] or "LABEL", got {got}</source>
            <translation>{key} nr {number} musi mieć postać [start, end, "LABEL"] lub "LABEL", podano {got}</translation>
        </message>
        <message>
            <source>annotations #{number} must be an object with "label"</source>
            <translation>annotations nr {number} musi być obiektem z "label"</translation>
        </message>
        <message>
            <source>annotations #{number}: offsets must be integers</source>
            <translation>annotations nr {number}: pozycje muszą być liczbami całkowitymi</translation>
        </message>
        <message>
            <source>"cats" must be a list of labels or an object of label scores</source>
            <translation>"cats" musi być listą etykiet albo obiektem z ocenami etykiet</translation>
        </message>
        <message>
            <source>relations #{number} must be an object</source>
            <translation>relations nr {number} musi być obiektem</translation>
        </message>
        <message>
            <source>relations #{number}: "type" must be a non-empty string</source>
            <translation>relations nr {number}: "type" musi być niepustym tekstem</translation>
        </message>
        <message>
            <source>relations #{number}: no entity with id {id}</source>
            <translation>relations nr {number}: nie ma encji o identyfikatorze {id}</translation>
        </message>
        <message>
            <source>not imported: {document}: relation #{number} '{kind}' ({source} -&gt; {target}): entity {source} already has a '{kind}' relation, and an attribute holds one</source>
            <translation>nie zaimportowano: {document}: relacja nr {number} '{kind}' ({source} -&gt; {target}): encja {source} ma już relację '{kind}', a atrybut mieści tylko jedną</translation>
        </message>
        <message>
            <source>an empty list of tasks</source>
            <translation>pusta lista zadań</translation>
        </message>
        <message>
            <source>task #{number}</source>
            <translation>zadanie nr {number}</translation>
        </message>
        <message>
            <source>{where}: {reason}</source>
            <translation>{where}: {reason}</translation>
        </message>
        <message>
            <source>not imported: {path}: {where}: {what}</source>
            <translation>nie zaimportowano: {path}: {where}: {what}</translation>
        </message>
        <message>
            <source>each task must be an object with "data"</source>
            <translation>każde zadanie musi być obiektem z "data"</translation>
        </message>
        <message>
            <source>"data" holds no text</source>
            <translation>"data" nie zawiera tekstu</translation>
        </message>
        <message>
            <source>task {id}</source>
            <translation>zadanie {id}</translation>
        </message>
        <message>
            <source>"data" holds no text, only links to files ({keys}): annotator labels texts, not images, audio or video</source>
            <translation>"data" nie zawiera tekstu, tylko odnośniki do plików ({keys}): annotator oznacza teksty, nie obrazy, dźwięk ani wideo</translation>
        </message>
        <message>
            <source>each of "{key}" must be an object</source>
            <translation>każdy element "{key}" musi być obiektem</translation>
        </message>
        <message>
            <source>a cancelled annotation (id {id})</source>
            <translation>anulowana adnotacja (id {id})</translation>
        </message>
        <message>
            <source>each result must be an object</source>
            <translation>każdy wynik (result) musi być obiektem</translation>
        </message>
        <message>
            <source>result {id}</source>
            <translation>wynik {id}</translation>
        </message>
        <message>
            <source>result #{number}</source>
            <translation>wynik nr {number}</translation>
        </message>
        <message>
            <source>a labels result without offsets ({result})</source>
            <translation>wynik z etykietami bez pozycji ({result})</translation>
        </message>
        <message>
            <source>a '{kind}' result ({name}): not text labels</source>
            <translation>wynik typu '{kind}' ({name}): to nie są etykiety tekstu</translation>
        </message>
        <message>
            <source>relation {source} -&gt; {target}: its regions are not spans</source>
            <translation>relacja {source} -&gt; {target}: jej obszary nie są fragmentami</translation>
        </message>
        <message>
            <source>relation '{label}' {source} -&gt; {target}: one per span is held</source>
            <translation>relacja '{label}' {source} -&gt; {target}: przechowywana jest jedna na fragment</translation>
        </message>
        <message>
            <source>{result}: {error}</source>
            <translation>{result}: {error}</translation>
        </message>
        <message>
            <source>the file says the span {start}-{end} is {claimed}, but the text there is {actual} (in code points or UTF-16 units alike)</source>
            <translation>plik podaje, że fragment {start}-{end} to {claimed}, ale w tekście jest tam {actual} (licząc w znakach i w jednostkach UTF-16)</translation>
        </message>
        <message>
            <source>{source}: document '{document}': {number} span(s) counted in UTF-16 units, converted to code points (the file's span texts match after conversion)</source>
            <translation>{source}: dokument '{document}': fragmenty liczone w jednostkach UTF-16 (liczba: {number}) przeliczono na punkty kodowe (teksty fragmentów z pliku zgadzają się po przeliczeniu)</translation>
        </message>
        <message>
            <source>chain layer {layer}</source>
            <translation>warstwa łańcuchów {layer}</translation>
        </message>
        <message>
            <source>slot feature {feature}</source>
            <translation>cecha slotu {feature}</translation>
        </message>
        <message>
            <source>not a WebAnno TSV token line: {line}</source>
            <translation>to nie jest wiersz tokenu WebAnno TSV: {line}</translation>
        </message>
        <message>
            <source>token {token}: offsets {offsets} are not BEGIN-END</source>
            <translation>token {token}: pozycje {offsets} nie mają postaci POCZĄTEK-KONIEC</translation>
        </message>
        <message>
            <source>no token lines (a WebAnno TSV file holds at least one sentence)</source>
            <translation>brak wierszy tokenów (plik WebAnno TSV zawiera co najmniej jedno zdanie)</translation>
        </message>
        <message>
            <source>token {token} says {claimed} at {bounds} (UTF-16), but the text there is {found}</source>
            <translation>token {token} podaje {claimed} na pozycjach {bounds} (UTF-16), ale tekst w tym miejscu to {found}</translation>
        </message>
        <message>
            <source>relation source {address} is not a token address</source>
            <translation>źródło relacji {address} nie jest adresem tokenu</translation>
        </message>
        <message>
            <source>a zero-width {layer} at {offset} (annotator spans cover at least one character)</source>
            <translation>pusty fragment warstwy {layer} na pozycji {offset} (fragmenty w annotatorze obejmują co najmniej jeden znak)</translation>
        </message>
        <message>
            <source>relation {kind}: no span at one end</source>
            <translation>relacja {kind}: na jednym z końców nie ma fragmentu</translation>
        </message>
        <message>
            <source>a second {kind} from one span</source>
            <translation>druga relacja {kind} z jednego fragmentu</translation>
        </message>
        <message>
            <source>the feature values of relation {kind} ({values})</source>
            <translation>wartości cech relacji {kind} ({values})</translation>
        </message>
        <message>
            <source>{source}: UTF-16 offsets converted to code points ({number} astral character(s) in the text)</source>
            <translation>{source}: pozycje UTF-16 przeliczono na punkty kodowe (znaki spoza BMP w tekście: {number})</translation>
        </message>
        <message>
            <source>sentence starts at {start}, inside the one before it</source>
            <translation>zdanie zaczyna się na pozycji {start}, wewnątrz poprzedniego</translation>
        </message>
        <message>
            <source>its package record is damaged ({error})</source>
            <translation>jego zapis o pakiecie jest uszkodzony ({error})</translation>
        </message>
        <message>
            <source>already exists; choose another folder</source>
            <translation>już istnieje; wybierz inny folder</translation>
        </message>
        <message>
            <source>cannot write packages inside another transaction</source>
            <translation>nie można zapisać pakietów wewnątrz innej transakcji</translation>
        </message>
        <message>
            <source>cannot write the package: {error}</source>
            <translation>nie można zapisać pakietu: {error}</translation>
        </message>
        <message>
            <source>no suggestion with id {id}</source>
            <translation>nie ma sugestii o identyfikatorze {id}</translation>
        </message>
        <message>
            <source>suggestion {id} is {status}, not {expected}</source>
            <translation>sugestia {id} ma stan {status}, a nie {expected}</translation>
        </message>
        <message>
            <source>accepting a suggestion needs an annotator name</source>
            <translation>do przyjęcia sugestii potrzebna jest nazwa anotatora</translation>
        </message>
        <message>
            <source>name at least one annotator</source>
            <translation>podaj co najmniej jednego anotatora</translation>
        </message>
        <message>
            <source>annotator '{name}' is named twice</source>
            <translation>anotator '{name}' został podany dwa razy</translation>
        </message>
        <message>
            <source>--overlap must be between 0 and 1 (got {value})</source>
            <translation>--overlap musi mieć wartość od 0 do 1 (podano {value})</translation>
        </message>
        <message>
            <source>--per-document must be between 1 and the number of annotators ({number})</source>
            <translation>--per-document musi mieć wartość od 1 do liczby anotatorów ({number})</translation>
        </message>
        <message>
            <source>give either --overlap or --per-document, not both</source>
            <translation>podaj --overlap albo --per-document, nie oba naraz</translation>
        </message>
        <message>
            <source>an overlap needs at least two annotators</source>
            <translation>nakładanie się wymaga co najmniej dwóch anotatorów</translation>
        </message>
        <message>
            <source>--annotators: an empty name (two commas in a row?)</source>
            <translation>--annotators: pusta nazwa (dwa przecinki z rzędu?)</translation>
        </message>
        <message>
            <source>--annotators: '{name}' is reserved for adjudicated labels</source>
            <translation>--annotators: nazwa '{name}' jest zarezerwowana dla rozstrzygniętych etykiet</translation>
        </message>
        <message>
            <source>--annotators: '{name}' cannot name a file (letters, digits, '.', '-' and '_' only, starting with a letter or digit)</source>
            <translation>--annotators: '{name}' nie może być nazwą pliku (tylko litery, cyfry, '.', '-' i '_', na początku litera lub cyfra)</translation>
        </message>
        <message>
            <source>--annotators: '{name}' is named twice</source>
            <translation>--annotators: '{name}' podano dwa razy</translation>
        </message>
        <message>
            <source>no unassigned documents to hand out</source>
            <translation>brak nieprzydzielonych dokumentów do rozdania</translation>
        </message>
        <message>
            <source>no documents to hand out</source>
            <translation>brak dokumentów do rozdania</translation>
        </message>
        <message>
            <source>{number} label(s) the project does not know: {labels}; the project's layers: {layers}. Add them as layers with --add-layers, or rename them in the file</source>
            <translation>etykiety nieznane projektowi (liczba: {number}): {labels}; warstwy projektu: {layers}. Dodaj je jako warstwy (--add-layers) albo zmień ich nazwy w pliku</translation>
        </message>
        <message>
            <source>cannot add the file's labels to the schema: {reason}</source>
            <translation>nie można dodać etykiet z pliku do schematu: {reason}</translation>
        </message>
        <message>
            <source>cannot write here: {reason}</source>
            <translation>nie można tu zapisać: {reason}</translation>
        </message>
        <message>
            <source>is a folder; give a file name to write to</source>
            <translation>to folder; podaj nazwę pliku do zapisu</translation>
        </message>
        <message>
            <source>is the project file itself; give another file name to write to</source>
            <translation>to sam plik projektu; podaj inną nazwę pliku do zapisu</translation>
        </message>
        <message>
            <source>exists and is not an empty folder; give a new folder name to write to</source>
            <translation>już istnieje i nie jest pustym folderem; podaj nową nazwę folderu do zapisu</translation>
        </message>
        <message>
            <source>no document with id {id}</source>
            <extracomment>SQL: the columns of a list row that edits change, for document ``d``, status row ``s``; the first parameter is the annotator whose labels are counted.</extracomment>
            <translation>nie ma dokumentu o identyfikatorze {id}</translation>
        </message>
        <message>
            <source>not a list of annotator folders written by annotator (it has no "annotator_folders" version)</source>
            <translation>to nie jest lista folderów anotatorów zapisana przez annotator (brak wersji "annotator_folders")</translation>
        </message>
        <message>
            <source>"annotator_folders" must be 1, not {value}</source>
            <translation>"annotator_folders" musi wynosić 1, a nie {value}</translation>
        </message>
        <message>
            <source>written by a newer annotator (layout version {version}; this one reads version {known}): update annotator to import this folder</source>
            <translation>zapisane przez nowszą wersję programu annotator (wersja układu {version}; ta odczytuje wersję {known}): zaktualizuj annotator, aby zaimportować ten folder</translation>
        </message>
        <message>
            <source>"folders" must map each folder to its annotator's name</source>
            <translation>"folders" musi przypisywać każdemu folderowi imię jego anotatora</translation>
        </message>
        <message>
            <source>{part} is named twice</source>
            <translation>{part} występuje dwa razy</translation>
        </message>
        <message>
            <source>{part}: the annotator must be a name, not {value}</source>
            <translation>{part}: anotator musi być imieniem, a nie {value}</translation>
        </message>
        <message>
            <source>{part}: name a folder or file beside this file, without a path</source>
            <translation>{part}: podaj folder lub plik leżący obok tego pliku, bez ścieżki</translation>
        </message>
        <message>
            <source>{part}: no such folder or file here</source>
            <translation>{part}: nie ma tu takiego folderu ani pliku</translation>
        </message>
        <message>
            <source>"." (this whole folder) cannot be named beside its subfolders</source>
            <translation>"." (cały ten folder) nie może występować obok swoich podfolderów</translation>
        </message>
        <message>
            <source>"documents" must map each file to its document's name</source>
            <translation>"documents" musi przypisywać każdemu plikowi nazwę jego dokumentu</translation>
        </message>
        <message>
            <source>{file}: the document must be a name, not {value}</source>
            <translation>{file}: dokument musi mieć nazwę, a nie {value}</translation>
        </message>
        <message>
            <source>{file}: name a file, without a path</source>
            <translation>{file}: podaj nazwę pliku, bez ścieżki</translation>
        </message>
        <message>
            <source>{manifest} names no annotator for {part}: add it there, or import this folder on its own (with --annotator)</source>
            <translation>{manifest} nie podaje anotatora dla {part}: dopisz go tam albo zaimportuj ten folder osobno (z --annotator)</translation>
        </message>
        <message>
            <source>plain text</source>
            <translation>zwykły tekst</translation>
        </message>
        <message>
            <source>INCEpTION's binary CAS</source>
            <translation>binarny CAS INCEpTION</translation>
        </message>
        <message>
            <source>a TSV other than WebAnno TSV 3</source>
            <translation>plik TSV inny niż WebAnno TSV 3</translation>
        </message>
        <message>
            <source>cannot read this zip file ({reason})</source>
            <translation>nie można odczytać tego pliku zip ({reason})</translation>
        </message>
        <message>
            <source>this zip file holds no exportedproject.json: it is not an INCEpTION project export</source>
            <translation>ten plik zip nie zawiera exportedproject.json: to nie jest eksport projektu INCEpTION</translation>
        </message>
        <message>
            <source>this INCEpTION project export holds no annotation files that annotator reads (annotation/&lt;document&gt;/&lt;user&gt;.tsv): export the project again in INCEpTION with "{format}" as the format</source>
            <extracomment>NFC form of each document name -&gt; the name: a zip made on a Mac or a copy through another file system may spell a folder "Zoë" decomposed while exportedproject.json has it composed; the two look identical to the user.</extracomment>
            <translation>ten eksport projektu INCEpTION nie zawiera plików adnotacji, które annotator czyta (annotation/&lt;document&gt;/&lt;user&gt;.tsv): wyeksportuj projekt ponownie w INCEpTION w formacie "{format}"</translation>
        </message>
        <message>
            <source>a curation file other than {name}: annotator does not know whose it is</source>
            <translation>plik kuracji inny niż {name}: annotator nie wie, czyj jest</translation>
        </message>
        <message numerus="yes">
            <source>this INCEpTION project holds the labels of %n annotator(s) ({names}); --annotator would make them all {name}'s: leave it out</source>
            <translation>
                <numerusform>ten projekt INCEpTION zawiera etykiety %n anotatora ({names}); --annotator przypisałby je wszystkie anotatorowi {name}: pomiń tę opcję</numerusform>
                <numerusform>ten projekt INCEpTION zawiera etykiety %n anotatorów ({names}); --annotator przypisałby je wszystkie anotatorowi {name}: pomiń tę opcję</numerusform>
                <numerusform>ten projekt INCEpTION zawiera etykiety %n anotatorów ({names}); --annotator przypisałby je wszystkie anotatorowi {name}: pomiń tę opcję</numerusform>
            </translation>
        </message>
        <message>
            <source>document '{name}' has no annotation file (annotation/{name}/): export the project again in INCEpTION with "{format}" as the format</source>
            <translation>dokument '{name}' nie ma pliku adnotacji (annotation/{name}/): wyeksportuj projekt ponownie w INCEpTION w formacie "{format}"</translation>
        </message>
        <message numerus="yes">
            <source>not imported: {source}: %n label(s) of the document as uploaded ({initial}), before anyone annotated it</source>
            <translation>
                <numerusform>nie zaimportowano: {source}: %n etykieta dokumentu w postaci przesłanej ({initial}), zanim ktokolwiek go oznaczył</numerusform>
                <numerusform>nie zaimportowano: {source}: %n etykiety dokumentu w postaci przesłanej ({initial}), zanim ktokolwiek go oznaczył</numerusform>
                <numerusform>nie zaimportowano: {source}: %n etykiet dokumentu w postaci przesłanej ({initial}), zanim ktokolwiek go oznaczył</numerusform>
            </translation>
        </message>
        <message>
            <source>the text of document '{name}' differs from the one in {other}</source>
            <translation>tekst dokumentu '{name}' różni się od tekstu w {other}</translation>
        </message>
        <message>
            <source>annotator reads the annotations of an INCEpTION project export in WebAnno TSV 3 only, and this file is {kind}: export the project again in INCEpTION with "{format}" as the format</source>
            <translation>annotator czyta adnotacje eksportu projektu INCEpTION tylko w formacie WebAnno TSV 3, a ten plik to {kind}: wyeksportuj projekt ponownie w INCEpTION w formacie "{format}"</translation>
        </message>
        <message>
            <source>not where an INCEpTION project export puts a file (annotation/&lt;document&gt;/&lt;user file&gt;)</source>
            <translation>nie tam, gdzie eksport projektu INCEpTION umieszcza pliki (annotation/&lt;document&gt;/&lt;user file&gt;)</translation>
        </message>
        <message>
            <source>{project} lists no document '{name}'</source>
            <translation>{project} nie wymienia dokumentu '{name}'</translation>
        </message>
        <message>
            <source>{project} names no user of document '{name}' whose file this is (its users: {users})</source>
            <translation>{project} nie wymienia żadnego użytkownika dokumentu '{name}', do którego należałby ten plik (jego użytkownicy: {users})</translation>
        </message>
        <message>
            <source>this file could be the annotations of {first} or of {second} ({project} lists both for document '{name}')</source>
            <translation>ten plik może zawierać adnotacje {first} albo {second} ({project} wymienia obu przy dokumencie '{name}')</translation>
        </message>
        <message>
            <source>not UTF-8 (byte {offset})</source>
            <translation>nie UTF-8 (bajt {offset})</translation>
        </message>
        <message>
            <source>not an INCEpTION project description (it has no "source_documents" and "annotation_documents" lists)</source>
            <translation>to nie opis projektu INCEpTION (brak list "source_documents" i "annotation_documents")</translation>
        </message>
        <message>
            <source>a source document without a "name"</source>
            <translation>dokument źródłowy bez "name"</translation>
        </message>
        <message>
            <source>an annotation document without a "name" and a "user"</source>
            <translation>dokument adnotacji bez "name" i "user"</translation>
        </message>
        <message numerus="yes">
            <source>{where}: %n label(s) of '{gold}' imported as the annotator '{imported}': gold labels are made by review decisions, which files do not hold; accept them into gold in Review → Disagreements</source>
            <translation>
                <numerusform>{where}: %n etykieta '{gold}' zaimportowana jako adnotator '{imported}': etykiety złotego standardu powstają z decyzji przeglądu, których pliki nie zawierają; przyjmij je do złotego standardu w Przegląd → Rozbieżności</numerusform>
                <numerusform>{where}: %n etykiety '{gold}' zaimportowane jako adnotator '{imported}': etykiety złotego standardu powstają z decyzji przeglądu, których pliki nie zawierają; przyjmij je do złotego standardu w Przegląd → Rozbieżności</numerusform>
                <numerusform>{where}: %n etykiet '{gold}' zaimportowanych jako adnotator '{imported}': etykiety złotego standardu powstają z decyzji przeglądu, których pliki nie zawierają; przyjmij je do złotego standardu w Przegląd → Rozbieżności</numerusform>
            </translation>
        </message>
    </context>
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
            <translation>&amp;Brak w tekście</translation>
        </message>
        <message>
            <source>No {layer} in this document</source>
            <translation>{layer}: brak w tym dokumencie</translation>
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
            <source>&amp;Theme</source>
            <translation>&amp;Motyw</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>&amp;Systemowy</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Jasny</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Ciemny</translation>
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
        <message>
            <source>S&amp;uggestions</source>
            <translation>S&amp;ugestie</translation>
        </message>
        <message>
            <source>&amp;Accept suggestion at caret</source>
            <translation>&amp;Przyjmij sugestię przy kursorze</translation>
        </message>
        <message>
            <source>&amp;Reject suggestion at caret</source>
            <translation>&amp;Odrzuć sugestię przy kursorze</translation>
        </message>
        <message>
            <source>&amp;Next suggestion</source>
            <translation>&amp;Następna sugestia</translation>
        </message>
        <message>
            <source>&amp;Previous suggestion</source>
            <translation>&amp;Poprzednia sugestia</translation>
        </message>
        <message>
            <source>Accept all: {layer}</source>
            <translation>Przyjmij wszystkie: {layer}</translation>
        </message>
        <message>
            <source>Show: {layer}</source>
            <translation>Pokaż: {layer}</translation>
        </message>
        <message>
            <source>Suggest for this &amp;document</source>
            <translation>Zasugeruj dla tego &amp;dokumentu</translation>
        </message>
    </context>
    <context>
        <name>AgreementTab</name>
        <message>
            <source>Krippendorff's alpha</source>
            <translation>Alfa Krippendorffa</translation>
        </message>
        <message>
            <source>Fleiss' kappa</source>
            <translation>Kappa Fleissa</translation>
        </message>
        <message>
            <source>Percent agreement</source>
            <translation>Procent zgodności</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Jednostki</translation>
        </message>
        <message>
            <source>Overlapping spans</source>
            <translation>Nakładające się fragmenty</translation>
        </message>
        <message>
            <source>Identical spans</source>
            <translation>Identyczne fragmenty</translation>
        </message>
        <message>
            <source>All layers</source>
            <translation>Wszystkie warstwy</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Eksportuj…</translation>
        </message>
        <message>
            <source>Attribute units &amp;matched by:</source>
            <translation>Jednostki atrybutów &amp;dopasowane przez:</translation>
        </message>
        <message>
            <source>&amp;Layers:</source>
            <translation>&amp;Warstwy:</translation>
        </message>
        <message>
            <source>Documents: {documents} · units: {units}</source>
            <translation>Dokumenty: {documents} · jednostki: {units}</translation>
        </message>
        <message>
            <source>Spans, {pair}: F1 {f1} · precision {precision} · recall {recall}</source>
            <translation>Fragmenty, {pair}: F1 {f1} · precyzja {precision} · pełność {recall}</translation>
        </message>
        <message>
            <source>Cohen's kappa, {pair}</source>
            <translation>Kappa Cohena, {pair}</translation>
        </message>
        <message>
            <source>Agreement per attribute</source>
            <translation>Zgodność według atrybutu</translation>
        </message>
        <message>
            <source>Export the agreement report</source>
            <translation>Eksportuj raport zgodności</translation>
        </message>
        <message>
            <source>JSON (*.json);;CSV (*.csv)</source>
            <translation>JSON (*.json);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Could not write {path}: {reason}</source>
            <translation>Nie można zapisać {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>AnnotationPanel</name>
        <message>
            <source>Annotations in this document</source>
            <translation>Adnotacje w tym dokumencie</translation>
        </message>
    </context>
    <context>
        <name>AnnotationTable</name>
        <message>
            <source>Layer</source>
            <translation>Warstwa</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Attributes</source>
            <translation>Atrybuty</translation>
        </message>
        <message>
            <source>Missing: {attributes}</source>
            <translation>Brakuje: {attributes}</translation>
        </message>
        <message>
            <source>⚠ missing {attributes}</source>
            <translation>⚠ brakuje: {attributes}</translation>
        </message>
    </context>
    <context>
        <name>AttributeForm</name>
        <message>
            <source>number, e.g. 99.23</source>
            <translation>liczba, np. 99,23</translation>
        </message>
        <message>
            <source>Not a number</source>
            <translation>To nie jest liczba</translation>
        </message>
        <message>
            <source>{attribute}: {choice}</source>
            <translation>{attribute}: {choice}</translation>
        </message>
        <message>
            <source>Press {number}</source>
            <translation>Naciśnij {number}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(brak)</translation>
        </message>
        <message>
            <source>date, e.g. 2024-03-05</source>
            <translation>data, np. 2024-03-05</translation>
        </message>
        <message>
            <source>Not a date as YYYY-MM-DD</source>
            <translation>To nie jest data w formacie RRRR-MM-DD</translation>
        </message>
        <message>
            <source>{attribute} (required)</source>
            <translation>{attribute} (wymagane)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Uwaga</translation>
        </message>
        <message>
            <source>Required, still empty</source>
            <translation>Wymagane, jeszcze puste</translation>
        </message>
        <message>
            <source>Select text and press a layer key to tag it,
or pick an annotation.</source>
            <translation>Zaznacz tekst i naciśnij klawisz warstwy, aby go oznaczyć,
albo wybierz adnotację.</translation>
        </message>
        <message>
            <source>Attributes of {layer}</source>
            <translation>Atrybuty: {layer}</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>Nieoczekiwany błąd: {error}</translation>
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
            <source>Backups</source>
            <translation>Kopie zapasowe</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Przywróć</translation>
        </message>
    </context>
    <context>
        <name>Checklist</name>
        <message>
            <source>Checklist</source>
            <translation>Lista kontrolna</translation>
        </message>
        <message>
            <source>none present</source>
            <translation>brak w tekście</translation>
        </message>
        <message>
            <source>{layer}: none present</source>
            <translation>{layer}: brak w tekście</translation>
        </message>
        <message>
            <source>Tick when you checked the text and it has no annotation of this layer ({layer})</source>
            <translation>Zaznacz, gdy sprawdzisz tekst i nie ma w nim nic do oznaczenia w tej warstwie ({layer})</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Oznacz jako gotowy</translation>
        </message>
        <message>
            <source>Done ✓ (Ctrl+Enter marks again)</source>
            <translation>Gotowy ✓ (Ctrl+Enter oznacza ponownie)</translation>
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
            <source>Reviewer</source>
            <translation>Recenzent</translation>
        </message>
        <message>
            <source>Reviewer name (every decision is logged under it):</source>
            <translation>Nazwa recenzenta (każda decyzja jest pod nią zapisywana):</translation>
        </message>
        <message>
            <source>Work as (pick a name in this project, or type a new one):</source>
            <translation>Pracuj jako (wybierz nazwę z projektu albo wpisz nową):</translation>
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
            <source>Add these labels to the schema as new layers?</source>
            <translation>Dodać te etykiety do schematu jako nowe warstwy?</translation>
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
            <source>Where</source>
            <translation>Gdzie</translation>
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
        <name>DocumentList</name>
        <message>
            <source>✓</source>
            <comment>the Status column's one-sign header</comment>
            <translation>✓</translation>
        </message>
        <message>
            <source>#</source>
            <comment>the Labels column's one-sign header: a count</comment>
            <translation>#</translation>
        </message>
        <message>
            <source>?</source>
            <comment>the Suggestions column's one-sign header</comment>
            <translation>?</translation>
        </message>
        <message>
            <source>Open suggestions</source>
            <translation>Otwarte sugestie</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nowy</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>w toku</translation>
        </message>
        <message>
            <source>done ✓</source>
            <translation>gotowy ✓</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <source>Lang</source>
            <comment>column header: the document's language, abbreviated</comment>
            <translation>Jęz.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Etykiety</translation>
        </message>
        <message>
            <source>Sugg.</source>
            <comment>column header: open suggestions, abbreviated</comment>
            <translation>Sug.</translation>
        </message>
        <message>
            <source>done ✎</source>
            <translation>gotowy ✎</translation>
        </message>
        <message>
            <source>Marked done, then changed: check it and mark it done again</source>
            <translation>Oznaczono jako gotowe, potem zmieniono: sprawdź i oznacz ponownie</translation>
        </message>
    </context>
    <context>
        <name>EditVersion</name>
        <message>
            <source>Edit the version of {annotator}</source>
            <translation>Edytuj wersję: {annotator}</translation>
        </message>
        <message>
            <source>Select the span in the text (it snaps to whole words), or move its edges with Alt+Shift+arrows; Enter goes to the form.</source>
            <translation>Zaznacz fragment w tekście (przyciąga się do całych słów) albo przesuwaj jego brzegi klawiszami Alt+Shift+strzałki; Enter przechodzi do formularza.</translation>
        </message>
        <message>
            <source>Text: select the span</source>
            <translation>Tekst: zaznacz fragment</translation>
        </message>
        <message>
            <source>Span: “{text}”</source>
            <translation>Fragment: „{text}”</translation>
        </message>
        <message>
            <source>Accept as gold</source>
            <translation>Przyjmij jako wzorzec</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>Wrote %n document row(s) to {path}</source>
            <translation>
                <numerusform>Zapisano %n wiersz dokumentów do {path}</numerusform>
                <numerusform>Zapisano %n wiersze dokumentów do {path}</numerusform>
                <numerusform>Zapisano %n wierszy dokumentów do {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Eksportuj</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Adnotacje</translation>
        </message>
        <message>
            <source>Documents (status and counts per annotator)</source>
            <translation>Dokumenty (status i liczby dla każdego anotatora)</translation>
        </message>
        <message>
            <source>Excel-safe CSV (BOM, safe formulas)</source>
            <translation>CSV bezpieczny dla Excela (BOM, bezpieczne formuły)</translation>
        </message>
        <message>
            <source>Gold labels (adjudicated)</source>
            <translation>Etykiety wzorcowe (rozstrzygnięte)</translation>
        </message>
        <message>
            <source>Annotators</source>
            <translation>Anotatorzy</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Warstwy</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Eksportuj do</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wybierz…</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Co:</translation>
        </message>
        <message>
            <source>Export to:</source>
            <translation>Eksportuj do:</translation>
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
        <name>LayerBar</name>
        <message>
            <source>Tag the selected text as {layer} (key {key})</source>
            <translation>Oznacz zaznaczony tekst jako: {layer} (klawisz {key})</translation>
        </message>
        <message>
            <source>Tag the selected text as {layer}</source>
            <translation>Oznacz zaznaczony tekst jako: {layer}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Filter: name, title or text</source>
            <translation>Filtr: nazwa, tytuł lub tekst</translation>
        </message>
        <message>
            <source>Filter documents</source>
            <translation>Filtruj dokumenty</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumenty</translation>
        </message>
        <message>
            <source>Document text</source>
            <translation>Tekst dokumentu</translation>
        </message>
        <message>
            <source>Select text with Shift and the arrow keys, then press a layer key to tag it: {keys}</source>
            <translation>Zaznacz tekst klawiszem Shift i strzałkami, a potem naciśnij klawisz warstwy, aby go oznaczyć: {keys}</translation>
        </message>
        <message>
            <source>Find in text (Enter: next, Esc: close)</source>
            <translation>Znajdź w tekście (Enter: następne, Esc: zamknij)</translation>
        </message>
        <message>
            <source>Find in text</source>
            <translation>Znajdź w tekście</translation>
        </message>
        <message>
            <source>no match</source>
            <translation>brak wyników</translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <translation>{current} z {total}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nie zapisano</translation>
        </message>
        <message>
            <source>Select some text first, then press the layer key.</source>
            <translation>Najpierw zaznacz tekst, potem naciśnij klawisz warstwy.</translation>
        </message>
        <message>
            <source>Resize span</source>
            <translation>Zmień zakres fragmentu</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Uwaga</translation>
        </message>
        <message>
            <source>Set {attribute}</source>
            <translation>Ustaw: {attribute}</translation>
        </message>
        <message>
            <source>No document is open.</source>
            <translation>Żaden dokument nie jest otwarty.</translation>
        </message>
        <message>
            <source>{layer}: no annotation, and “none present” is not ticked</source>
            <translation>{layer}: brak adnotacji, a „brak w tekście” nie jest zaznaczone</translation>
        </message>
        <message>
            <source>{layer} “{excerpt}”: missing {attributes}</source>
            <translation>{layer} „{excerpt}”: brakuje {attributes}</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Jeszcze nie gotowe</translation>
        </message>
        <message>
            <source>This document cannot be marked done yet:</source>
            <translation>Tego dokumentu nie można jeszcze oznaczyć jako gotowego:</translation>
        </message>
        <message>
            <source>Every document is done.</source>
            <translation>Wszystkie dokumenty są gotowe.</translation>
        </message>
        <message>
            <source>Another program changed the schema; this window now uses it.</source>
            <translation>Inny program zmienił schemat; to okno już go używa.</translation>
        </message>
        <message>
            <source>Select an annotation first (Tab, or click it).</source>
            <translation>Najpierw wybierz adnotację (Tab lub kliknięcie).</translation>
        </message>
        <message>
            <source>“None present” needs a layer without annotations in this document.</source>
            <translation>„Brak w tekście” wymaga warstwy bez adnotacji w tym dokumencie.</translation>
        </message>
        <message>
            <source>“{text}” not found</source>
            <translation>Nie znaleziono „{text}”</translation>
        </message>
        <message>
            <source>“{name}” was removed or replaced by another program.</source>
            <translation>„{name}” został usunięty lub zastąpiony przez inny program.</translation>
        </message>
        <message>
            <source>Annotator: {name}</source>
            <translation>Anotator: {name}</translation>
        </message>
        <message>
            <source>Document {number} of {count}</source>
            <translation>Dokument {number} z {count}</translation>
        </message>
        <message>
            <source>{done} of {total} done</source>
            <translation>Gotowe: {done} z {total}</translation>
        </message>
        <message>
            <source>This project has no documents yet.

To begin, import articles: {path} ({key}).</source>
            <translation>Ten projekt nie ma jeszcze dokumentów.

Aby zacząć, zaimportuj artykuły: {path} ({key}).</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Nie zapisano: {reason}</translation>
        </message>
        <message>
            <source>Tag {layer}</source>
            <translation>Oznacz: {layer}</translation>
        </message>
        <message>
            <source>Delete annotation</source>
            <translation>Usuń adnotację</translation>
        </message>
        <message>
            <source>this annotation was deleted in another window meanwhile</source>
            <translation>ta adnotacja została w międzyczasie usunięta w innym oknie</translation>
        </message>
        <message>
            <source>Tick “none present”: {layer}</source>
            <translation>Zaznacz „brak w tekście”: {layer}</translation>
        </message>
        <message>
            <source>Untick “none present”: {layer}</source>
            <translation>Odznacz „brak w tekście”: {layer}</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Oznacz jako gotowy</translation>
        </message>
        <message>
            <source>Reject suggestion</source>
            <translation>Odrzucenie sugestii</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>Review — {project} — annotator</source>
            <translation>Przegląd — {project} — annotator</translation>
        </message>
        <message>
            <source>All layers</source>
            <translation>Wszystkie warstwy</translation>
        </message>
        <message>
            <source>Document name contains…</source>
            <translation>Nazwa dokumentu zawiera…</translation>
        </message>
        <message>
            <source>Filter by document name</source>
            <translation>Filtruj według nazwy dokumentu</translation>
        </message>
        <message>
            <source>Include documents not everyone started</source>
            <translation>Też dokumenty niezaczęte przez wszystkich</translation>
        </message>
        <message>
            <source>Off (the default), a document is compared only among the annotators who started or finished it, as in the agreement report.</source>
            <translation>Wyłączone (domyślnie): dokument jest porównywany tylko między anotatorami, którzy go zaczęli lub skończyli, jak w raporcie zgodności.</translation>
        </message>
        <message>
            <source>&amp;Layer</source>
            <translation>&amp;Warstwa</translation>
        </message>
        <message>
            <source>A&amp;nnotators</source>
            <translation>A&amp;notatorzy</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Warstwa</translation>
        </message>
        <message>
            <source>Annotators</source>
            <translation>Anotatorzy</translation>
        </message>
        <message>
            <source>Units to review</source>
            <translation>Jednostki do przejrzenia</translation>
        </message>
        <message>
            <source>Document text around the unit</source>
            <translation>Tekst dokumentu wokół jednostki</translation>
        </message>
        <message>
            <source>Versions of the annotators</source>
            <translation>Wersje anotatorów</translation>
        </message>
        <message>
            <source>Differences are in red; press a number to accept that version</source>
            <translation>Różnice są na czerwono; naciśnij cyfrę, aby przyjąć tę wersję</translation>
        </message>
        <message>
            <source>Rationale (optional), saved with the decision</source>
            <translation>Uzasadnienie (opcjonalne), zapisywane z decyzją</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Uzasadnienie</translation>
        </message>
        <message>
            <source>Accept selected (1–9)</source>
            <translation>Przyjmij zaznaczoną (1–9)</translation>
        </message>
        <message>
            <source>Edit, then accept (E)</source>
            <translation>Edytuj i przyjmij (E)</translation>
        </message>
        <message>
            <source>Reject all (R)</source>
            <translation>Odrzuć wszystkie (R)</translation>
        </message>
        <message>
            <source>Accept all agreements</source>
            <translation>Przyjmij wszystkie zgodne</translation>
        </message>
        <message>
            <source>Versions (differences in red)</source>
            <translation>Wersje (różnice na czerwono)</translation>
        </message>
        <message>
            <source>Nothing left to review under these filters. Next: export the gold labels with: annotator export --gold -o gold.csv</source>
            <translation>Przy tych filtrach nie ma już nic do przejrzenia. Dalej: wyeksportuj etykiety gold poleceniem: annotator export --gold -o gold.csv</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Jednostki</translation>
        </message>
        <message>
            <source>Span F1</source>
            <translation>F1 fragmentów</translation>
        </message>
        <message>
            <source>Attribute agreement</source>
            <translation>Zgodność atrybutów</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <source>Agreement per document</source>
            <translation>Zgodność według dokumentu</translation>
        </message>
        <message>
            <source>Enter or double-click: review this document's disagreements</source>
            <translation>Enter lub dwuklik: przejrzyj rozbieżności w tym dokumencie</translation>
        </message>
        <message>
            <source>Per document, worst first</source>
            <translation>Według dokumentu, najsłabsze najpierw</translation>
        </message>
        <message>
            <source>Disagreements</source>
            <translation>Rozbieżności</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Zgodność</translation>
        </message>
        <message>
            <source>Accept version {number}</source>
            <translation>Przyjmij wersję {number}</translation>
        </message>
        <message>
            <source>Edit, then accept</source>
            <translation>Edytuj i przyjmij</translation>
        </message>
        <message>
            <source>Reject all versions</source>
            <translation>Odrzuć wszystkie wersje</translation>
        </message>
        <message>
            <source>Undo decision</source>
            <translation>Cofnij decyzję</translation>
        </message>
        <message>
            <source>Redo decision</source>
            <translation>Ponów decyzję</translation>
        </message>
        <message>
            <source>Close the review window</source>
            <translation>Zamknij okno przeglądu</translation>
        </message>
        <message>
            <source>All annotators</source>
            <translation>Wszyscy anotatorzy</translation>
        </message>
        <message numerus="yes">
            <source>%n disagreement(s) so far</source>
            <translation>
                <numerusform>%n rozbieżność na razie</numerusform>
                <numerusform>%n rozbieżności na razie</numerusform>
                <numerusform>%n rozbieżności na razie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n zgodna</numerusform>
                <numerusform>%n zgodne</numerusform>
                <numerusform>%n zgodnych</numerusform>
            </translation>
        </message>
        <message>
            <source>reading documents: {read} of {total}…</source>
            <translation>wczytywanie dokumentów: {read} z {total}…</translation>
        </message>
        <message numerus="yes">
            <source>%n disagreement(s) left</source>
            <translation>
                <numerusform>została %n rozbieżność</numerusform>
                <numerusform>zostały %n rozbieżności</numerusform>
                <numerusform>zostało %n rozbieżności</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) to accept</source>
            <translation>
                <numerusform>%n zgodna do przyjęcia</numerusform>
                <numerusform>%n zgodne do przyjęcia</numerusform>
                <numerusform>%n zgodnych do przyjęcia</numerusform>
            </translation>
        </message>
        <message>
            <source>{annotator} has no annotation here; press R to reject</source>
            <translation>{annotator} nie ma tu adnotacji; naciśnij R, aby odrzucić</translation>
        </message>
        <message>
            <source>Accept the version of {annotator}</source>
            <translation>Przyjmij wersję: {annotator}</translation>
        </message>
        <message>
            <source>Accept edited version</source>
            <translation>Przyjmij poprawioną wersję</translation>
        </message>
        <message>
            <source>No units where everyone agrees are waiting.</source>
            <translation>Nie czekają żadne jednostki, co do których wszyscy są zgodni.</translation>
        </message>
        <message numerus="yes">
            <source>Accept %n agreement(s)</source>
            <translation>
                <numerusform>Przyjmij %n zgodną</numerusform>
                <numerusform>Przyjmij %n zgodne</numerusform>
                <numerusform>Przyjmij %n zgodnych</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewModels</name>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Warstwa</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Pozycja</translation>
        </message>
        <message>
            <source>Differs in</source>
            <translation>Różnice w</translation>
        </message>
        <message>
            <source>agree</source>
            <translation>zgodni</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Klawisz</translation>
        </message>
        <message>
            <source>Annotator</source>
            <translation>Anotator</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>— (no annotation)</source>
            <translation>— (brak adnotacji)</translation>
        </message>
        <message>
            <source>span</source>
            <translation>fragment</translation>
        </message>
        <message>
            <source>presence</source>
            <translation>obecność</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Review window</source>
            <translation>Okno przeglądu</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Attribute form</source>
            <translation>Formularz atrybutów</translation>
        </message>
        <message>
            <source>Find bar</source>
            <translation>Pasek wyszukiwania</translation>
        </message>
        <message>
            <source>Accept version 1–9</source>
            <translation>Przyjmij wersję 1–9</translation>
        </message>
        <message>
            <source>Edit, then accept</source>
            <translation>Edytuj i przyjmij</translation>
        </message>
        <message>
            <source>Reject all versions</source>
            <translation>Odrzuć wszystkie wersje</translation>
        </message>
        <message>
            <source>Accept all agreements</source>
            <translation>Przyjmij wszystkie zgodne</translation>
        </message>
        <message>
            <source>Undo decision</source>
            <translation>Cofnij decyzję</translation>
        </message>
        <message>
            <source>Redo decision</source>
            <translation>Ponów decyzję</translation>
        </message>
        <message>
            <source>Close the review window</source>
            <translation>Zamknij okno przeglądu</translation>
        </message>
        <message>
            <source>Accept the selected version (in the rationale)</source>
            <translation>Przyjmij wybraną wersję (w polu uzasadnienia)</translation>
        </message>
        <message>
            <source>Edit the selected annotation's attributes</source>
            <translation>Edytuj atrybuty wybranej adnotacji</translation>
        </message>
        <message>
            <source>Clear the selection</source>
            <translation>Wyczyść zaznaczenie</translation>
        </message>
        <message>
            <source>Pick choice 1–9</source>
            <translation>Wybierz opcję 1–9</translation>
        </message>
        <message>
            <source>Next / previous field</source>
            <translation>Następne / poprzednie pole</translation>
        </message>
        <message>
            <source>Back to the text</source>
            <translation>Powrót do tekstu</translation>
        </message>
        <message>
            <source>Close the completion, then back to the text</source>
            <translation>Zamknij podpowiedzi, potem powrót do tekstu</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Następne trafienie</translation>
        </message>
        <message>
            <source>Close find, back to the text</source>
            <translation>Zamknij wyszukiwanie, powrót do tekstu</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <source>Accept suggestion</source>
            <translation>Przyjęcie sugestii</translation>
        </message>
        <message>
            <source>No open suggestions in this document.</source>
            <translation>Brak otwartych sugestii w tym dokumencie.</translation>
        </message>
        <message>
            <source>No open suggestions of that layer here.</source>
            <translation>Brak otwartych sugestii tej warstwy w tym dokumencie.</translation>
        </message>
        <message>
            <source>Accept all suggestions: {layer}</source>
            <translation>Przyjęcie wszystkich sugestii: {layer}</translation>
        </message>
        <message>
            <source>Put the caret on a suggestion (dashed) first.</source>
            <translation>Najpierw ustaw kursor na sugestii (przerywane podkreślenie).</translation>
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
        <name>Values</name>
        <message>
            <source>yes</source>
            <translation>tak</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nie</translation>
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