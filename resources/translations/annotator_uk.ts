<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
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
            <translation>рядок {line}: {reason}</translation>
        </message>
        <message>
            <source>{path}: {reason}</source>
            <translation>{path}: {reason}</translation>
        </message>
        <message>
            <source>cannot read schema file: {reason}</source>
            <translation>не вдається прочитати файл схеми: {reason}</translation>
        </message>
        <message>
            <source>not UTF-8 (invalid byte at offset {offset})</source>
            <translation>не в кодуванні UTF-8 (неприпустимий байт на позиції {offset})</translation>
        </message>
        <message>
            <source>invalid TOML: {error}</source>
            <translation>некоректний TOML: {error}</translation>
        </message>
        <message>
            <source>invalid TOML: arrays or tables nested too deeply</source>
            <translation>некоректний TOML: надто глибока вкладеність масивів або таблиць</translation>
        </message>
        <message>
            <source>the schema needs at least one [[layer]]</source>
            <translation>схема має містити принаймні один шар [[layer]]</translation>
        </message>
        <message>
            <source>layer '{layer}', attribute '{attribute}': refers to unknown layer '{target}'</source>
            <translation>шар '{layer}', атрибут '{attribute}': посилається на невідомий шар '{target}'</translation>
        </message>
        <message>
            <source>layer '{layer}' has no attribute '{attribute}'</source>
            <translation>шар '{layer}' не має атрибута '{attribute}'</translation>
        </message>
        <message>
            <source>layer '{layer}', attribute '{attribute}': {problem}</source>
            <translation>шар '{layer}', атрибут '{attribute}': {problem}</translation>
        </message>
        <message>
            <source>--delimiter must be one character, got {given}</source>
            <translation>--delimiter має бути одним символом, вказано {given}</translation>
        </message>
        <message>
            <source>empty file (no header row)</source>
            <translation>порожній файл (немає рядка заголовка)</translation>
        </message>
        <message>
            <source>invalid CSV: {error}</source>
            <translation>некоректний CSV: {error}</translation>
        </message>
        <message>
            <source>this is annotator's CSV of labels (one row per label, without the documents' texts): it cannot be imported; to move labels to another project, export JSONL (--format jsonl) and import that</source>
            <translation>це CSV міток програми annotator (один рядок на мітку, без текстів документів): його не можна імпортувати; щоб перенести мітки до іншого проєкту, експортуйте JSONL (--format jsonl) та імпортуйте його</translation>
        </message>
        <message>
            <source>no column named '{column}' for {option} (columns: {columns})</source>
            <translation>немає стовпця '{column}' для {option} (стовпці: {columns})</translation>
        </message>
        <message>
            <source>no column named '{column}' (columns: {columns}); choose one with --text-column</source>
            <translation>немає стовпця '{column}' (стовпці: {columns}); виберіть стовпець параметром --text-column</translation>
        </message>
        <message>
            <source>row has {fields} fields, the header has {columns}</source>
            <translation>у рядку полів: {fields}, а в заголовку стовпців: {columns}</translation>
        </message>
        <message>
            <source>empty '{column}' cell</source>
            <translation>порожня клітинка '{column}'</translation>
        </message>
        <message>
            <source>no data rows under the header</source>
            <translation>під заголовком немає рядків із даними</translation>
        </message>
        <message>
            <source>column {number} has no name (a blank header); name it, or its values would be lost</source>
            <translation>стовпець {number} не має назви (порожній заголовок); назвіть його, інакше його значення буде втрачено</translation>
        </message>
        <message>
            <source>columns {first} and {second} are both named '{name}'; rename one, or its values would be lost</source>
            <translation>стовпці {first} і {second} обидва мають назву '{name}'; перейменуйте один, інакше його значення буде втрачено</translation>
        </message>
        <message>
            <source>cannot read: {reason}</source>
            <translation>не вдається прочитати: {reason}</translation>
        </message>
        <message>
            <source>unknown encoding '{encoding}'</source>
            <translation>невідоме кодування '{encoding}'</translation>
        </message>
        <message>
            <source>not valid {encoding}: byte 0x{byte} at byte offset {offset}</source>
            <translation>неприпустимо для {encoding}: байт 0x{byte} на позиції {offset}</translation>
        </message>
        <message>
            <source>not valid {encoding}: byte 0x{byte} at byte offset {offset}; name the encoding with --encoding if it is not UTF-8</source>
            <translation>неприпустимо для {encoding}: байт 0x{byte} на позиції {offset}; якщо це не UTF-8, вкажіть кодування параметром --encoding</translation>
        </message>
        <message>
            <source>not valid {encoding}: {error}</source>
            <translation>неприпустимо для {encoding}: {error}</translation>
        </message>
        <message>
            <source>'{encoding}' is not a text encoding</source>
            <translation>'{encoding}' — не кодування тексту</translation>
        </message>
        <message>
            <source>decoding as {encoding} gives a lone surrogate (U+{code}), which is not a character</source>
            <translation>декодування як {encoding} дає одиночний сурогат (U+{code}), це не символ</translation>
        </message>
        <message>
            <source>contains a NUL character: this looks like a binary file, not text</source>
            <translation>містить символ NUL: схоже на двійковий файл, а не текст</translation>
        </message>
        <message>
            <source>export the project again in Label Studio as JSON, not JSON-MIN: JSON-MIN leaves out each result's type, so a one-choice answer cannot be told from the task's own data</source>
            <translation>експортуйте проєкт у Label Studio знову як JSON, а не JSON-MIN: JSON-MIN пропускає тип кожного результату, тому відповідь з одним вибором не можна відрізнити від даних завдання</translation>
        </message>
        <message>
            <source>import the folder that holds it with the .txt and .ann files (--format brat)</source>
            <translation>імпортуйте теку, у якій він лежить, разом із файлами .txt і .ann (--format brat)</translation>
        </message>
        <message>
            <source>import the folder that holds it (it says whose labels each folder beside it holds)</source>
            <translation>імпортуйте теку, в якій він лежить (він вказує, чиї мітки містить кожна тека поруч із ним)</translation>
        </message>
        <message>
            <source>annotator does not read CoNLL; export it from your tool as brat, doccano or WebAnno TSV instead</source>
            <translation>annotator не читає CoNLL; експортуйте дані зі свого інструмента як brat, doccano або WebAnno TSV</translation>
        </message>
        <message>
            <source>unknown format '{name}' (choose from {formats})</source>
            <translation>невідомий формат '{name}' (доступні: {formats})</translation>
        </message>
        <message>
            <source>looks like an {title} file: use --format {name}</source>
            <translation>схожий на файл {title}: використайте --format {name}</translation>
        </message>
        <message>
            <source>looks like a {title} file: use --format {name}</source>
            <translation>схожий на файл {title}: використайте --format {name}</translation>
        </message>
        <message>
            <source>looks like an {title} file: {hint}</source>
            <translation>схожий на файл {title}: {hint}</translation>
        </message>
        <message>
            <source>looks like a {title} file: {hint}</source>
            <translation>схожий на файл {title}: {hint}</translation>
        </message>
        <message>
            <source>cannot import {title}: {hint}</source>
            <translation>не можна імпортувати {title}: {hint}</translation>
        </message>
        <message>
            <source>this is not an {title} file: it {what}</source>
            <translation>це не файл {title}: він {what}</translation>
        </message>
        <message>
            <source>this is not a {title} file: it {what}</source>
            <translation>це не файл {title}: він {what}</translation>
        </message>
        <message>
            <source>unknown kind of file ('{suffix}'); it {what}</source>
            <translation>невідомий вид файлу ('{suffix}'); він {what}</translation>
        </message>
        <message>
            <source>annotator reads a {suffix} file only as {titles}, and this is not one</source>
            <translation>annotator читає файл {suffix} лише як {titles}, а цей файл ним не є</translation>
        </message>
        <message>
            <source>unknown kind of file ('{suffix}'): annotator reads {known}; name the format with --format (e.g. --format text)</source>
            <translation>невідомий вид файлу ('{suffix}'): annotator читає {known}; вкажіть формат параметром --format (наприклад, --format text)</translation>
        </message>
        <message>
            <source>unknown kind of file (no suffix): annotator reads {known}; name the format with --format (e.g. --format text)</source>
            <translation>невідомий вид файлу (без розширення): annotator читає {known}; вкажіть формат параметром --format (наприклад, --format text)</translation>
        </message>
        <message>
            <source>a {suffix} file that is neither {first} nor {second}</source>
            <translation>файл {suffix}, який не є ні {first}, ні {second}</translation>
        </message>
        <message>
            <source>a {suffix} file that is neither {titles}</source>
            <translation>файл {suffix}, який не є {titles}</translation>
        </message>
        <message>
            <source>{neither}; it {what}</source>
            <translation>{neither}; він {what}</translation>
        </message>
        <message>
            <source>this {what}</source>
            <translation>цей файл {what}</translation>
        </message>
        <message>
            <source>no importable files in this folder ({reasons})</source>
            <translation>у цій теці немає файлів для імпорту ({reasons})</translation>
        </message>
        <message>
            <source>no importable files in this folder</source>
            <translation>у цій теці немає файлів для імпорту</translation>
        </message>
        <message>
            <source>this is a project file open in annotator, not a file to import</source>
            <translation>це файл проєкту, відкритий в annotator, а не файл для імпорту</translation>
        </message>
        <message>
            <source>no such file or folder</source>
            <translation>немає такого файлу чи теки</translation>
        </message>
        <message>
            <source>schema extended (--add-layers): {layers}</source>
            <translation>схему розширено (--add-layers): {layers}</translation>
        </message>
        <message numerus="yes">
            <source>already present (same annotator, layer and span): %n label(s)</source>
            <translation>
                <numerusform>уже є (той самий анотатор, шар і фрагмент): %n мітка</numerusform>
                <numerusform>уже є (той самий анотатор, шар і фрагмент): %n мітки</numerusform>
                <numerusform>уже є (той самий анотатор, шар і фрагмент): %n міток</numerusform>
            </translation>
        </message>
        <message>
            <source>predictions stored as suggestions: {number}</source>
            <translation>передбачення збережено як підказки: {number}</translation>
        </message>
        <message>
            <source>notes on what was read ({number}):</source>
            <translation>зауваги щодо прочитаного ({number}):</translation>
        </message>
        <message>
            <source>  {item}</source>
            <translation>  {item}</translation>
        </message>
        <message numerus="yes">
            <source>not read, of no kind annotator knows: %n file(s)</source>
            <translation>
                <numerusform>не прочитано, annotator не знає такого виду: %n файл</numerusform>
                <numerusform>не прочитано, annotator не знає такого виду: %n файли</numerusform>
                <numerusform>не прочитано, annotator не знає такого виду: %n файлів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>these folders hold the labels of %n annotator(s) ({names}); --annotator would make them all {name}'s: leave it out, or import one annotator's folder with it</source>
            <translation>
                <numerusform>ці теки містять мітки %n анотатора ({names}); --annotator віддав би їх усі анотатору {name}: приберіть цей параметр або імпортуйте з ним теку одного анотатора</numerusform>
                <numerusform>ці теки містять мітки %n анотаторів ({names}); --annotator віддав би їх усі анотатору {name}: приберіть цей параметр або імпортуйте з ним теку одного анотатора</numerusform>
                <numerusform>ці теки містять мітки %n анотаторів ({names}); --annotator віддав би їх усі анотатору {name}: приберіть цей параметр або імпортуйте з ним теку одного анотатора</numerusform>
            </translation>
        </message>
        <message>
            <source>document '{name}' appears again with different text (first at {first})</source>
            <translation>документ '{name}' трапляється знову з іншим текстом (уперше в {first})</translation>
        </message>
        <message>
            <source>annotation id '{id}' is used twice</source>
            <translation>ідентифікатор анотації '{id}' використано двічі</translation>
        </message>
        <message>
            <source>document '{name}', progress of '{annotator}': no layer '{layer}' in the schema</source>
            <translation>документ '{name}', стан роботи '{annotator}': у схемі немає шару '{layer}'</translation>
        </message>
        <message>
            <source>document '{name}', annotation #{number}: {problem}</source>
            <translation>документ '{name}', анотація № {number}: {problem}</translation>
        </message>
        <message>
            <source>document '{name}', {problem}</source>
            <translation>документ '{name}', {problem}</translation>
        </message>
        <message>
            <source>empty file (no JSON lines)</source>
            <translation>порожній файл (немає рядків JSON)</translation>
        </message>
        <message>
            <source>invalid JSON: {reason} at column {column}</source>
            <translation>некоректний JSON: {reason} у стовпці {column}</translation>
        </message>
        <message>
            <source>invalid JSON: {reason}</source>
            <translation>некоректний JSON: {reason}</translation>
        </message>
        <message>
            <source>invalid JSON: nested too deeply</source>
            <translation>некоректний JSON: надто глибока вкладеність</translation>
        </message>
        <message>
            <source>invalid JSON: a \u escape gives half a UTF-16 surrogate pair, not a character</source>
            <translation>некоректний JSON: послідовність \u дає половину сурогатної пари UTF-16, а не символ</translation>
        </message>
        <message>
            <source>a brat document needs {txt} and {ann} side by side; {missing} is missing</source>
            <translation>документу brat потрібні файли {txt} і {ann} в одній теці; немає файлу {missing}</translation>
        </message>
        <message>
            <source>empty document (no text to annotate)</source>
            <translation>порожній документ (немає тексту для анотування)</translation>
        </message>
        <message>
            <source>not imported: {source}:{line}: {what}</source>
            <translation>не імпортовано: {source}:{line}: {what}</translation>
        </message>
        <message>
            <source>event {ident} ({kind}): brat events have no counterpart here; their trigger spans are imported</source>
            <translation>подія {ident} ({kind}): події brat тут не мають відповідника; імпортуються їхні фрагменти-тригери</translation>
        </message>
        <message>
            <source>equivalence {what}: not held</source>
            <translation>еквівалентність {what}: не зберігається</translation>
        </message>
        <message>
            <source>normalisation {ident} ({what}): not held</source>
            <translation>нормалізація {ident} ({what}): не зберігається</translation>
        </message>
        <message>
            <source>not a brat annotation line: {line}</source>
            <translation>це не рядок анотації brat: {line}</translation>
        </message>
        <message>
            <source>{ident}: offsets must be 'start end', got {ranges}</source>
            <translation>{ident}: зсуви мають бути у вигляді 'початок кінець', а отримано {ranges}</translation>
        </message>
        <message numerus="yes">
            <source>{ident} {label}: a discontinuous span of %n fragment(s) ({ranges}); annotator spans are continuous</source>
            <translation>
                <numerusform>{ident} {label}: розривний фрагмент із %n частини ({ranges}); фрагменти в annotator неперервні</numerusform>
                <numerusform>{ident} {label}: розривний фрагмент із %n частин ({ranges}); фрагменти в annotator неперервні</numerusform>
                <numerusform>{ident} {label}: розривний фрагмент із %n частин ({ranges}); фрагменти в annotator неперервні</numerusform>
            </translation>
        </message>
        <message>
            <source>{ident}: expected 'Name T1 [Value]', got {rest}</source>
            <translation>{ident}: очікувалося 'Назва T1 [Значення]', а отримано {rest}</translation>
        </message>
        <message>
            <source>attribute {name} of {target}: only spans hold attributes</source>
            <translation>атрибут {name} елемента {target}: атрибути бувають лише у фрагментів</translation>
        </message>
        <message>
            <source>relation {ident} {kind}: its arguments are not spans</source>
            <translation>зв’язок {ident} {kind}: його аргументи — не фрагменти</translation>
        </message>
        <message>
            <source>relation {ident} {kind}: {source} already has a {kind} relation, and an attribute holds one</source>
            <translation>зв’язок {ident} {kind}: {source} вже має зв’язок {kind}, а атрибут вміщує лише один</translation>
        </message>
        <message>
            <source>note on {target}: only spans hold notes here</source>
            <translation>нотатка до {target}: тут нотатки бувають лише у фрагментів</translation>
        </message>
        <message>
            <source>invalid YAML front matter: {reason}</source>
            <translation>некоректний заголовок YAML (front matter): {reason}</translation>
        </message>
        <message>
            <source>invalid YAML front matter: nested too deeply</source>
            <translation>некоректний заголовок YAML (front matter): надто глибока вкладеність</translation>
        </message>
        <message>
            <source>front matter must be a mapping of names to values</source>
            <translation>заголовок (front matter) має зіставляти назви зі значеннями</translation>
        </message>
        <message>
            <source>front matter key {key} is read by YAML as {kind}, not text; put it in quotes</source>
            <translation>ключ заголовка {key} YAML читає як {kind}, а не текст; візьміть його в лапки</translation>
        </message>
        <message>
            <source>Annotations of different annotators are aligned into units per document and layer: 'exact' pairs identical spans, 'overlap' pairs spans sharing at least one character, largest overlap first, one annotation per annotator per unit and every two members of a unit overlapping; an unmatched annotation is a unit of its own. Document-level labels (and other empty spans) pair with labels at the same offset, in creation order. Span agreement is computed per pair of annotators, only on documents where both have at least one annotation on any layer (a document someone never opened says nothing about them); with the alphabetically first annotator as reference, precision = matched / spans of the second, recall = matched / spans of the first, F1 = 2 x matched / (spans of both), which is the same in both directions, so it is already the average of the two; the layer's f1 is the mean over pairs. Attribute agreement uses the units of the chosen match mode: an annotator with no annotation in a unit, or whose annotation has no value for the attribute, is missing there, and units with fewer than two values are left out ('units' counts the rest). Text values are compared after trimming and case-folding, choices and flags as given, numbers by value (interval level for Krippendorff's alpha, nominal otherwise), and a reference by the unit its target annotation was aligned to (a target outside the data is compared by its id). Krippendorff's alpha uses the coincidence matrix; it is null when the remaining values show no variation at all (undefined, 0/0) or nothing is pairable. Fleiss' kappa is computed on the units with two or more values and is null unless all of them have the same number of values. Cohen's kappa is per pair over the units both coded. Percent agreement is the share of agreeing value pairs over all pairs in all units. A confusion matrix per choice or flag attribute and pair counts the units both annotators of the pair coded: rows the first annotator's values, columns the second's, labels in schema order (flags true, then false). The annotator 'gold' is left out unless named.</source>
            <translation>Анотації різних анотаторів вирівнюються в одиниці окремо для кожного документа й шару: режим 'exact' поєднує однакові фрагменти, 'overlap' — фрагменти, що мають принаймні один спільний символ, починаючи з найбільшого перекриття, по одній анотації від анотатора в одиниці, причому будь-які дві анотації одиниці перекриваються; анотація без пари утворює окрему одиницю. Мітки всього документа (та інші порожні фрагменти) поєднуються з мітками на тому самому зсуві в порядку створення. Узгодженість фрагментів рахується для кожної пари анотаторів і лише на документах, де обидва мають принаймні одну анотацію на будь-якому шарі (документ, якого хтось не відкривав, нічого про нього не каже); еталоном є анотатор, перший за абеткою: точність = збіглися / фрагменти другого, повнота = збіглися / фрагменти першого, F1 = 2 x збіглися / (фрагменти обох), що однаково в обидва боки, тож уже є середнім двох напрямків; f1 шару — середнє за парами. Узгодженість атрибутів використовує одиниці обраного режиму зіставлення: анотатор без анотації в одиниці або з анотацією без значення атрибута вважається там відсутнім, а одиниці, де менше двох значень, не враховуються ('units' рахує решту). Текстові значення порівнюються після обрізання пробілів і зведення регістру, варіанти вибору та прапорці — як є, числа — за значенням (інтервальна шкала для альфи Кріппендорфа, номінальна в інших мірах), а посилання — за одиницею, з якою вирівняно його цільову анотацію (ціль поза даними порівнюється за ідентифікатором). Альфа Кріппендорфа використовує матрицю збігів; вона порожня (null), якщо решта значень зовсім не відрізняється (не визначена, 0/0) або немає що поєднувати в пари. Каппа Фляйса обчислюється на одиницях із двома чи більше значеннями і порожня, якщо в них різна кількість значень. Каппа Коена рахується для кожної пари на одиницях, які розмітили обидва. Відсоток узгодженості — частка однакових пар значень серед усіх пар в усіх одиницях. Матриця помилок для кожного атрибута вибору чи прапорця та кожної пари рахує одиниці, які розмітили обидва анотатори пари: рядки — значення першого анотатора, стовпці — другого, мітки в порядку схеми (прапорці: так, потім ні). Анотатора 'gold' не враховано, якщо його не вказати явно.</translation>
        </message>
        <message>
            <source>{folder}: could not write a backup: {error}</source>
            <translation>{folder}: не вдалося записати резервну копію: {error}</translation>
        </message>
        <message>
            <source>{backup}: this is the project itself, not a backup of it</source>
            <translation>{backup}: це сам проєкт, а не його резервна копія</translation>
        </message>
        <message>
            <source>{backup}: not a usable backup: {error}</source>
            <translation>{backup}: цю резервну копію не можна використати: {error}</translation>
        </message>
        <message>
            <source>{project}: could not restore {backup}: {error}</source>
            <translation>{project}: не вдалося відновити {backup}: {error}</translation>
        </message>
        <message>
            <source>{annotator}'s {layer} {start}–{end} in '{document}' (newer in {source})</source>
            <translation>{layer} {start}–{end} (анотатор: {annotator}) у '{document}' (новіша в {source})</translation>
        </message>
        <message numerus="yes">
            <source>Merged %n file(s).</source>
            <translation>
                <numerusform>Об’єднано %n файл.</numerusform>
                <numerusform>Об’єднано %n файли.</numerusform>
                <numerusform>Об’єднано %n файлів.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing new: the project already had everything in these files.</source>
            <translation>Нічого нового: у проєкті вже було все, що є в цих файлах.</translation>
        </message>
        <message>
            <source>Documents added: {number} ({names})</source>
            <translation>Додано документів: {number} ({names})</translation>
        </message>
        <message>
            <source>{annotator}: {added} added, {updated} updated, {unchanged} unchanged</source>
            <translation>{annotator}: додано {added}, оновлено {updated}, без змін {unchanged}</translation>
        </message>
        <message>
            <source>Document statuses: {added} added, {updated} updated</source>
            <translation>Стани документів: додано {added}, оновлено {updated}</translation>
        </message>
        <message>
            <source>Updated annotations ({number}):</source>
            <translation>Оновлені анотації ({number}):</translation>
        </message>
        <message>
            <source>… and {number} more</source>
            <translation>… і ще {number}</translation>
        </message>
        <message numerus="yes">
            <source>Active time updated on %n document(s)</source>
            <translation>
                <numerusform>Час роботи оновлено для %n документа</numerusform>
                <numerusform>Час роботи оновлено для %n документів</numerusform>
                <numerusform>Час роботи оновлено для %n документів</numerusform>
            </translation>
        </message>
        <message>
            <source>Work packages returned: {names}</source>
            <translation>Повернуті пакети роботи: {names}</translation>
        </message>
        <message>
            <source>Beyond the packages' assignments ({number}):</source>
            <translation>Понад завдання пакетів ({number}):</translation>
        </message>
        <message>
            <source>Conflicts, skipped ({number}):</source>
            <translation>Конфлікти, пропущено ({number}):</translation>
        </message>
        <message>
            <source>cannot merge inside another transaction</source>
            <translation>не можна об’єднувати всередині іншої транзакції</translation>
        </message>
        <message>
            <source>merge failed, nothing was changed: {error}</source>
            <translation>об’єднання не вдалося, нічого не змінено: {error}</translation>
        </message>
        <message>
            <source>this is the project itself; it cannot be merged into itself</source>
            <translation>це той самий проєкт; його не можна об’єднати з самим собою</translation>
        </message>
        <message>
            <source>this is {annotator}'s work package from another project (project {project_id}), not from {project}; merge it into the project it was made from</source>
            <translation>це пакет роботи анотатора {annotator} з іншого проєкту (проєкт {project_id}), а не з {project}; об’єднайте його з проєктом, з якого його створено</translation>
        </message>
        <message>
            <source>its schema does not fit the project {project}: the project lacks {missing} (same layers and attributes, or a subset, are needed)</source>
            <translation>його схема не пасує до проєкту {project}: у проєкті немає: {missing} (потрібні ті самі шари й атрибути або їх частина)</translation>
        </message>
        <message>
            <source>layer '{layer}'</source>
            <translation>шар '{layer}'</translation>
        </message>
        <message>
            <source>attribute '{attribute}' of layer '{layer}' (or has it with another type)</source>
            <translation>атрибут '{attribute}' шару '{layer}' (або він іншого типу)</translation>
        </message>
        <message>
            <source>choice '{choice}' of attribute '{attribute}' in layer '{layer}'</source>
            <translation>варіант '{choice}' атрибута '{attribute}' у шарі '{layer}'</translation>
        </message>
        <message>
            <source>cannot read for merging: {error}</source>
            <translation>не вдається прочитати для об’єднання: {error}</translation>
        </message>
        <message numerus="yes">
            <source>{source}: document '{name}' has different text than the project's document of that name; skipped it and its %n annotation(s)</source>
            <translation>
                <numerusform>{source}: документ '{name}' має інший текст, ніж документ проєкту з такою самою назвою; його пропущено разом із %n анотацією</numerusform>
                <numerusform>{source}: документ '{name}' має інший текст, ніж документ проєкту з такою самою назвою; його пропущено разом із %n анотаціями</numerusform>
                <numerusform>{source}: документ '{name}' має інший текст, ніж документ проєкту з такою самою назвою; його пропущено разом із %n анотаціями</numerusform>
            </translation>
        </message>
        <message>
            <source>{source}: annotation {id} ({annotator}'s {layer} in '{here}') has the same id as {other}'s annotation in '{there}' in the project; skipped</source>
            <translation>{source}: анотація {id} ({layer}, анотатор {annotator}, у '{here}') має той самий ідентифікатор, що й анотація анотатора {other} у '{there}' у проєкті; пропущено</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n annotation(s) by '{annotator}', not by the package's annotator '{owner}'</source>
            <translation>
                <numerusform>{file}: %n анотація анотатора '{annotator}', а не анотатора пакета '{owner}'</numerusform>
                <numerusform>{file}: %n анотації анотатора '{annotator}', а не анотатора пакета '{owner}'</numerusform>
                <numerusform>{file}: %n анотацій анотатора '{annotator}', а не анотатора пакета '{owner}'</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n document(s) worked on outside {owner}'s assignment: {names}</source>
            <translation>
                <numerusform>{file}: %n документ розмічено поза завданням анотатора {owner}: {names}</numerusform>
                <numerusform>{file}: %n документи розмічено поза завданням анотатора {owner}: {names}</numerusform>
                <numerusform>{file}: %n документів розмічено поза завданням анотатора {owner}: {names}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>skipped %n SQLite companion file(s) of a project beside them (-wal/-shm/-journal, part of that project, not inputs): {names}</source>
            <translation>
                <numerusform>пропущено %n службовий файл SQLite проєкту, що лежить поруч (-wal/-shm/-journal, частина того проєкту, а не вхідні дані): {names}</numerusform>
                <numerusform>пропущено %n службові файли SQLite проєкту, що лежить поруч (-wal/-shm/-journal, частина того проєкту, а не вхідні дані): {names}</numerusform>
                <numerusform>пропущено %n службових файлів SQLite проєкту, що лежить поруч (-wal/-shm/-journal, частина того проєкту, а не вхідні дані): {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>not an annotator project (not an SQLite database)</source>
            <translation>це не проєкт annotator (не база даних SQLite)</translation>
        </message>
        <message>
            <source>cannot read: it is a folder, not a project file</source>
            <translation>не вдається прочитати: це тека, а не файл проєкту</translation>
        </message>
        <message>
            <source>no such project file</source>
            <translation>немає такого файлу проєкту</translation>
        </message>
        <message>
            <source>{reason}; this change was not saved</source>
            <translation>{reason}; цю зміну не збережено</translation>
        </message>
        <message>
            <source>cannot remove what is in use: {items}</source>
            <translation>не можна вилучити те, що використовується: {items}</translation>
        </message>
        <message>
            <source>cannot open: {error}</source>
            <translation>не вдається відкрити: {error}</translation>
        </message>
        <message>
            <source>not a usable SQLite database</source>
            <translation>непридатна база даних SQLite</translation>
        </message>
        <message>
            <source>not a usable SQLite database ({error})</source>
            <translation>непридатна база даних SQLite ({error})</translation>
        </message>
        <message>
            <source>not an annotator project (another program's SQLite database)</source>
            <translation>це не проєкт annotator (база даних SQLite іншої програми)</translation>
        </message>
        <message>
            <source>written by a newer version of annotator (layout '{layout}'); update annotator to open it</source>
            <translation>записаний новішою версією annotator (формат '{layout}'); оновіть annotator, щоб відкрити його</translation>
        </message>
        <message>
            <source>made by an older version of annotator: open it once in annotator to upgrade it, then try again</source>
            <translation>створений старішою версією annotator: відкрийте його один раз в annotator, щоб оновити, і спробуйте знову</translation>
        </message>
        <message>
            <source>the project has no schema (damaged file?)</source>
            <translation>у проєкті немає схеми (пошкоджений файл?)</translation>
        </message>
        <message>
            <source>cannot write: {error}</source>
            <translation>не вдається записати: {error}</translation>
        </message>
        <message>
            <source>the disk is full (or the project reached its size limit)</source>
            <translation>диск заповнений (або проєкт досяг граничного розміру)</translation>
        </message>
        <message>
            <source>the project file or its folder is read-only (annotator saves every edit at once, so it needs write access to both)</source>
            <translation>файл проєкту або його тека доступні лише для читання (annotator одразу зберігає кожну зміну, тому йому потрібен доступ на запис до обох)</translation>
        </message>
        <message>
            <source>another program (another annotator window or command?) is writing to the project and did not finish within {seconds} s; try again when it is done</source>
            <translation>інша програма (інше вікно annotator чи команда?) записує до проєкту й не завершила за {seconds} с; спробуйте знову, коли вона завершить</translation>
        </message>
        <message>
            <source>the disk could not be read or written ({error})</source>
            <translation>не вдалося прочитати диск або записати на нього ({error})</translation>
        </message>
        <message>
            <source>{damaged} ({error})</source>
            <translation>{damaged} ({error})</translation>
        </message>
        <message>
            <source>the file is damaged</source>
            <translation>файл пошкоджено</translation>
        </message>
        <message>
            <source>the file cannot be opened ({error}); was it moved or deleted?</source>
            <translation>не вдається відкрити файл ({error}); його перемістили чи видалили?</translation>
        </message>
        <message>
            <source>permission denied ({error})</source>
            <translation>доступ заборонено ({error})</translation>
        </message>
        <message>
            <source>layer '{layer}', attribute '{attribute}', choice '{choice}' is used by {number} annotation(s)</source>
            <translation>шар '{layer}', атрибут '{attribute}', варіант '{choice}' — кількість анотацій, що його використовують: {number}</translation>
        </message>
        <message>
            <source>layer '{layer}', attribute '{attribute}' is used by {number} annotation(s)</source>
            <translation>шар '{layer}', атрибут '{attribute}' — кількість анотацій, що його використовують: {number}</translation>
        </message>
        <message>
            <source>layer '{layer}' is used by {number} annotation(s)</source>
            <translation>шар '{layer}' — кількість анотацій, що його використовують: {number}</translation>
        </message>
        <message>
            <source>done</source>
            <translation>готово</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>у роботі</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>не розпочато</translation>
        </message>
        <message>
            <source>documents</source>
            <translation>документи</translation>
        </message>
        <message>
            <source>active minutes per document</source>
            <translation>хвилини активної роботи на документ</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>н/д</translation>
        </message>
        <message>
            <source>span F1 (layers) · Krippendorff's alpha (attributes)</source>
            <translation>F1 фрагментів (шари) · альфа Кріппендорфа (атрибути)</translation>
        </message>
        <message>
            <source>all documents (the project has no work packages)</source>
            <translation>усі документи (у проєкті немає пакетів роботи)</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) assigned to more than one annotator and worked on by at least two of them; on each, only the labels of the annotators assigned to it</source>
            <translation>
                <numerusform>%n документ, призначений кільком анотаторам і розмічений принаймні двома з них; у кожному лише мітки анотаторів, яким його призначено</numerusform>
                <numerusform>%n документи, призначені кільком анотаторам і розмічені принаймні двома з них; у кожному лише мітки анотаторів, яким його призначено</numerusform>
                <numerusform>%n документів, призначених кільком анотаторам і розмічених принаймні двома з них; у кожному лише мітки анотаторів, яким його призначено</numerusform>
            </translation>
        </message>
        <message>
            <source>Team report: {project}</source>
            <translation>Звіт команди: {project}</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Перебіг роботи</translation>
        </message>
        <message>
            <source>Active minutes per document</source>
            <translation>Хвилини активної роботи на документ</translation>
        </message>
        <message>
            <source>Active time: the document open and the window active; a stretch of more than two minutes without input is left out.</source>
            <translation>Активний час: документ відкритий, а вікно активне; проміжки понад дві хвилини без введення не враховано.</translation>
        </message>
        <message>
            <source>No active time recorded yet (the window records it).</source>
            <translation>Активний час ще не записано (його записує вікно програми).</translation>
        </message>
        <message>
            <source>Compared: {scope}.</source>
            <translation>Порівнювали: {scope}.</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Узгодженість</translation>
        </message>
        <message>
            <source>Made {when} by annotator.</source>
            <translation>Створено {when} в annotator.</translation>
        </message>
        <message>
            <source>Nobody has worked on this project yet.</source>
            <translation>Над цим проєктом ще ніхто не працював.</translation>
        </message>
        <message>
            <source>Time per document</source>
            <translation>Час на документ</translation>
        </message>
        <message>
            <source>Confusion between annotators</source>
            <translation>Розбіжності між анотаторами</translation>
        </message>
        <message>
            <source>No choice or flag values coded by two annotators yet.</source>
            <translation>Поки немає значень вибору чи прапорців, які розмітили два анотатори.</translation>
        </message>
        <message>
            <source>{pairs} pairs: shown are all pairs pooled and the {least} agreeing least; every pair is in {command}.</source>
            <translation>Пар: {pairs}; показано всі пари разом і {least} найменш узгоджених; кожна пара є в {command}.</translation>
        </message>
        <message>
            <source>Rows: the first annotator of the pair (alphabetically), columns: the second; counts over units both coded.</source>
            <translation>Рядки: перший анотатор пари (за абеткою), стовпці: другий; підрахунок за одиницями, які розмітили обидва.</translation>
        </message>
        <message>
            <source>How agreement is computed</source>
            <translation>Як обчислюється узгодженість</translation>
        </message>
        <message>
            <source>annotator</source>
            <translation>анотатор</translation>
        </message>
        <message>
            <source>assigned</source>
            <translation>призначено</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>повернуто</translation>
        </message>
        <message>
            <source>active time</source>
            <translation>активний час</translation>
        </message>
        <message>
            <source>median per document</source>
            <translation>медіана на документ</translation>
        </message>
        <message>
            <source>{layer}: span F1</source>
            <translation>{layer}: F1 фрагментів</translation>
        </message>
        <message>
            <source>{layer}.{attribute}: alpha</source>
            <translation>{layer}.{attribute}: альфа</translation>
        </message>
        <message>
            <source>measure</source>
            <translation>міра</translation>
        </message>
        <message>
            <source>value</source>
            <translation>значення</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} год {minutes} хв</translation>
        </message>
        <message>
            <source>{minutes} min {seconds} s</source>
            <translation>{minutes} хв {seconds} с</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} с</translation>
        </message>
        <message>
            <source>expected a string, got {value}</source>
            <translation>очікувався рядок, отримано {value}</translation>
        </message>
        <message>
            <source>{value} is not one of {choices}</source>
            <translation>{value} не входить до варіантів: {choices}</translation>
        </message>
        <message>
            <source>expected a number, got {value}</source>
            <translation>очікувалося число, отримано {value}</translation>
        </message>
        <message>
            <source>expected a finite number, got {value}</source>
            <translation>очікувалося скінченне число, отримано {value}</translation>
        </message>
        <message>
            <source>expected true or false, got {value}</source>
            <translation>очікувалося true або false, отримано {value}</translation>
        </message>
        <message>
            <source>expected a date as YYYY-MM-DD, got {value}</source>
            <translation>очікувалася дата у вигляді РРРР-ММ-ДД, отримано {value}</translation>
        </message>
        <message>
            <source>unknown layer '{layer}' (the schema has: {known})</source>
            <translation>невідомий шар '{layer}' (у схемі є: {known})</translation>
        </message>
        <message>
            <source>layer '{layer}' labels whole documents: start and end must be 0</source>
            <translation>шар '{layer}' розмічає документи цілком: початок і кінець мають бути 0</translation>
        </message>
        <message>
            <source>offsets {start}-{end} are not a non-empty span inside the text (0-{length} code points)</source>
            <translation>зсуви {start}-{end} не задають непорожній фрагмент усередині тексту (0-{length} символів)</translation>
        </message>
        <message>
            <source>attribute '{attribute}' refers to '{target}', which is not an annotation in this document</source>
            <translation>атрибут '{attribute}' посилається на '{target}', але це не анотація в цьому документі</translation>
        </message>
        <message>
            <source>attribute '{attribute}' must refer to a {layers} annotation, not {target}</source>
            <translation>атрибут '{attribute}' має посилатися на анотацію шару {layers}, а не {target}</translation>
        </message>
        <message>
            <source>annotation #{number}: {problem}</source>
            <translation>анотація № {number}: {problem}</translation>
        </message>
        <message>
            <source>each line must be a JSON object with "name" and "text"</source>
            <translation>кожен рядок має бути об’єктом JSON з "name" і "text"</translation>
        </message>
        <message>
            <source>unknown key '{key}' (expected name, text, meta, annotations, progress)</source>
            <translation>невідомий ключ '{key}' (очікувалися name, text, meta, annotations, progress)</translation>
        </message>
        <message>
            <source>"name" must be a non-empty string</source>
            <translation>"name" має бути непорожнім рядком</translation>
        </message>
        <message>
            <source>document '{name}': "text" must be a non-empty string</source>
            <translation>документ '{name}': "text" має бути непорожнім рядком</translation>
        </message>
        <message>
            <source>document '{name}': "meta" must be an object</source>
            <translation>документ '{name}': "meta" має бути об’єктом</translation>
        </message>
        <message>
            <source>document '{name}': "annotations" must be a list</source>
            <translation>документ '{name}': "annotations" має бути списком</translation>
        </message>
        <message>
            <source>document '{name}': "progress" must be a list</source>
            <translation>документ '{name}': "progress" має бути списком</translation>
        </message>
        <message>
            <source>document '{name}': progress of '{annotator}' is given twice</source>
            <translation>документ '{name}': стан роботи '{annotator}' вказано двічі</translation>
        </message>
        <message>
            <source>progress #{number}</source>
            <translation>запис progress № {number}</translation>
        </message>
        <message>
            <source>{where} must be an object</source>
            <translation>{where} має бути об’єктом</translation>
        </message>
        <message>
            <source>{where}: unknown key '{key}'</source>
            <translation>{where}: невідомий ключ '{key}'</translation>
        </message>
        <message>
            <source>{where}: "annotator" must be a non-empty string</source>
            <translation>{where}: "annotator" має бути непорожнім рядком</translation>
        </message>
        <message>
            <source>{where}: "status" must be one of {values}</source>
            <translation>{where}: "status" має бути одним із: {values}</translation>
        </message>
        <message>
            <source>{where}: "none_present" must be a list of layer names</source>
            <translation>{where}: "none_present" має бути списком назв шарів</translation>
        </message>
        <message>
            <source>{where}: "{key}" must be a string</source>
            <translation>{where}: "{key}" має бути рядком</translation>
        </message>
        <message>
            <source>{where}: "active_seconds" must be a number of seconds, 0 or more</source>
            <translation>{where}: "active_seconds" має бути кількістю секунд, 0 або більше</translation>
        </message>
        <message>
            <source>annotation #{number}</source>
            <translation>анотація № {number}</translation>
        </message>
        <message>
            <source>{where}: "{key}" must be an integer (code point offset)</source>
            <translation>{where}: "{key}" має бути цілим числом (зсув у символах)</translation>
        </message>
        <message>
            <source>{where}: "attributes" must be an object</source>
            <translation>{where}: "attributes" має бути об’єктом</translation>
        </message>
        <message>
            <source>{where}: "origin" must be one of {values}</source>
            <translation>{where}: "origin" має бути одним із: {values}</translation>
        </message>
        <message>
            <source>an empty JSON array (no records)</source>
            <translation>порожній масив JSON (немає записів)</translation>
        </message>
        <message>
            <source>empty file (no JSON records)</source>
            <translation>порожній файл (немає записів JSON)</translation>
        </message>
        <message>
            <source>each record must be a JSON object with "text"</source>
            <translation>кожен запис має бути об’єктом JSON з "text"</translation>
        </message>
        <message>
            <source>"text" must be a non-empty string</source>
            <translation>"text" має бути непорожнім рядком</translation>
        </message>
        <message>
            <source>{where}: the record names '{own}', but its labels are no longer those annotator's export wrote for '{own}' (changed in doccano?): read as the labels of '{annotator}', and '{own}' kept as the document's metadata</source>
            <translation>{where}: запис називає '{own}', але його мітки вже не ті, що експорт annotator записав для '{own}' (змінено в doccano?): прочитано як мітки '{annotator}', а '{own}' збережено в метаданих документа</translation>
        </message>
        <message>
            <source>"{key}" must be a list</source>
            <translation>"{key}" має бути списком</translation>
        </message>
        <message>
            <source>{key} #{number} must be [start, end, "LABEL"], got {got}</source>
            <translation>{key} № {number} має мати вигляд [start, end, "LABEL"], отримано {got}</translation>
        </message>
        <message>
            <source>{key} #{number} must be [start, end, "LABEL"] or "LABEL", got {got}</source>
            <translation>{key} № {number} має мати вигляд [start, end, "LABEL"] або "LABEL", отримано {got}</translation>
        </message>
        <message>
            <source>annotations #{number} must be an object with "label"</source>
            <translation>annotations № {number} має бути об’єктом з "label"</translation>
        </message>
        <message>
            <source>annotations #{number}: offsets must be integers</source>
            <translation>annotations № {number}: зсуви мають бути цілими числами</translation>
        </message>
        <message>
            <source>"cats" must be a list of labels or an object of label scores</source>
            <translation>"cats" має бути списком міток або об’єктом з оцінками міток</translation>
        </message>
        <message>
            <source>relations #{number} must be an object</source>
            <translation>relations № {number} має бути об’єктом</translation>
        </message>
        <message>
            <source>relations #{number}: "type" must be a non-empty string</source>
            <translation>relations № {number}: "type" має бути непорожнім рядком</translation>
        </message>
        <message>
            <source>relations #{number}: no entity with id {id}</source>
            <translation>relations № {number}: немає сутності з ідентифікатором {id}</translation>
        </message>
        <message>
            <source>not imported: {document}: relation #{number} '{kind}' ({source} -&gt; {target}): entity {source} already has a '{kind}' relation, and an attribute holds one</source>
            <translation>не імпортовано: {document}: зв’язок № {number} '{kind}' ({source} -&gt; {target}): сутність {source} вже має зв’язок '{kind}', а атрибут вміщує лише один</translation>
        </message>
        <message>
            <source>an empty list of tasks</source>
            <translation>порожній список завдань</translation>
        </message>
        <message>
            <source>task #{number}</source>
            <translation>завдання № {number}</translation>
        </message>
        <message>
            <source>{where}: {reason}</source>
            <translation>{where}: {reason}</translation>
        </message>
        <message>
            <source>not imported: {path}: {where}: {what}</source>
            <translation>не імпортовано: {path}: {where}: {what}</translation>
        </message>
        <message>
            <source>each task must be an object with "data"</source>
            <translation>кожне завдання має бути об’єктом з "data"</translation>
        </message>
        <message>
            <source>"data" holds no text</source>
            <translation>"data" не містить тексту</translation>
        </message>
        <message>
            <source>task {id}</source>
            <translation>завдання {id}</translation>
        </message>
        <message>
            <source>"data" holds no text, only links to files ({keys}): annotator labels texts, not images, audio or video</source>
            <translation>"data" не містить тексту, лише посилання на файли ({keys}): annotator розмічає тексти, а не зображення, звук чи відео</translation>
        </message>
        <message>
            <source>each of "{key}" must be an object</source>
            <translation>кожен елемент "{key}" має бути об’єктом</translation>
        </message>
        <message>
            <source>a cancelled annotation (id {id})</source>
            <translation>скасована анотація (id {id})</translation>
        </message>
        <message>
            <source>each result must be an object</source>
            <translation>кожен результат (result) має бути об’єктом</translation>
        </message>
        <message>
            <source>result {id}</source>
            <translation>результат {id}</translation>
        </message>
        <message>
            <source>result #{number}</source>
            <translation>результат № {number}</translation>
        </message>
        <message>
            <source>a labels result without offsets ({result})</source>
            <translation>результат із мітками без зсувів ({result})</translation>
        </message>
        <message>
            <source>a '{kind}' result ({name}): not text labels</source>
            <translation>результат типу '{kind}' ({name}): це не мітки тексту</translation>
        </message>
        <message>
            <source>relation {source} -&gt; {target}: its regions are not spans</source>
            <translation>зв’язок {source} -&gt; {target}: його області — не фрагменти</translation>
        </message>
        <message>
            <source>relation '{label}' {source} -&gt; {target}: one per span is held</source>
            <translation>зв’язок '{label}' {source} -&gt; {target}: зберігається один на фрагмент</translation>
        </message>
        <message>
            <source>{result}: {error}</source>
            <translation>{result}: {error}</translation>
        </message>
        <message>
            <source>the file says the span {start}-{end} is {claimed}, but the text there is {actual} (in code points or UTF-16 units alike)</source>
            <translation>у файлі сказано, що фрагмент {start}-{end} — це {claimed}, але в тексті там {actual} (і в символах, і в одиницях UTF-16)</translation>
        </message>
        <message>
            <source>{source}: document '{document}': {number} span(s) counted in UTF-16 units, converted to code points (the file's span texts match after conversion)</source>
            <translation>{source}: документ '{document}': фрагменти, відлічені в одиницях UTF-16 (кількість: {number}), перераховано в кодові точки (тексти фрагментів із файлу збігаються після перерахунку)</translation>
        </message>
        <message>
            <source>chain layer {layer}</source>
            <translation>шар ланцюжків {layer}</translation>
        </message>
        <message>
            <source>slot feature {feature}</source>
            <translation>ознака слота {feature}</translation>
        </message>
        <message>
            <source>not a WebAnno TSV token line: {line}</source>
            <translation>це не рядок токена WebAnno TSV: {line}</translation>
        </message>
        <message>
            <source>token {token}: offsets {offsets} are not BEGIN-END</source>
            <translation>токен {token}: зсуви {offsets} не у вигляді ПОЧАТОК-КІНЕЦЬ</translation>
        </message>
        <message>
            <source>no token lines (a WebAnno TSV file holds at least one sentence)</source>
            <translation>немає рядків токенів (файл WebAnno TSV містить принаймні одне речення)</translation>
        </message>
        <message>
            <source>token {token} says {claimed} at {bounds} (UTF-16), but the text there is {found}</source>
            <translation>токен {token} вказує {claimed} на позиціях {bounds} (UTF-16), але текст там — {found}</translation>
        </message>
        <message>
            <source>relation source {address} is not a token address</source>
            <translation>джерело зв’язку {address} — не адреса токена</translation>
        </message>
        <message>
            <source>a zero-width {layer} at {offset} (annotator spans cover at least one character)</source>
            <translation>порожній фрагмент шару {layer} на позиції {offset} (фрагменти в annotator охоплюють принаймні один символ)</translation>
        </message>
        <message>
            <source>relation {kind}: no span at one end</source>
            <translation>зв’язок {kind}: на одному з кінців немає фрагмента</translation>
        </message>
        <message>
            <source>a second {kind} from one span</source>
            <translation>другий зв’язок {kind} від одного фрагмента</translation>
        </message>
        <message>
            <source>the feature values of relation {kind} ({values})</source>
            <translation>значення ознак зв’язку {kind} ({values})</translation>
        </message>
        <message>
            <source>{source}: UTF-16 offsets converted to code points ({number} astral character(s) in the text)</source>
            <translation>{source}: зсуви UTF-16 перераховано в кодові точки (символів поза BMP у тексті: {number})</translation>
        </message>
        <message>
            <source>sentence starts at {start}, inside the one before it</source>
            <translation>речення починається на позиції {start}, усередині попереднього</translation>
        </message>
        <message>
            <source>its package record is damaged ({error})</source>
            <translation>його запис про пакет пошкоджено ({error})</translation>
        </message>
        <message>
            <source>already exists; choose another folder</source>
            <translation>вже існує; виберіть іншу теку</translation>
        </message>
        <message>
            <source>cannot write packages inside another transaction</source>
            <translation>не можна записати пакети всередині іншої транзакції</translation>
        </message>
        <message>
            <source>cannot write the package: {error}</source>
            <translation>не вдається записати пакет: {error}</translation>
        </message>
        <message>
            <source>no suggestion with id {id}</source>
            <translation>немає підказки з ідентифікатором {id}</translation>
        </message>
        <message>
            <source>suggestion {id} is {status}, not {expected}</source>
            <translation>підказка {id} у стані {status}, а не {expected}</translation>
        </message>
        <message>
            <source>accepting a suggestion needs an annotator name</source>
            <translation>щоб прийняти підказку, потрібне ім’я анотатора</translation>
        </message>
        <message>
            <source>name at least one annotator</source>
            <translation>вкажіть принаймні одного анотатора</translation>
        </message>
        <message>
            <source>annotator '{name}' is named twice</source>
            <translation>анотатора '{name}' вказано двічі</translation>
        </message>
        <message>
            <source>--overlap must be between 0 and 1 (got {value})</source>
            <translation>--overlap має бути від 0 до 1 (отримано {value})</translation>
        </message>
        <message>
            <source>--per-document must be between 1 and the number of annotators ({number})</source>
            <translation>--per-document має бути від 1 до кількості анотаторів ({number})</translation>
        </message>
        <message>
            <source>give either --overlap or --per-document, not both</source>
            <translation>вкажіть або --overlap, або --per-document, але не обидва</translation>
        </message>
        <message>
            <source>an overlap needs at least two annotators</source>
            <translation>для перекриття потрібні принаймні два анотатори</translation>
        </message>
        <message>
            <source>--annotators: an empty name (two commas in a row?)</source>
            <translation>--annotators: порожнє ім’я (дві коми поспіль?)</translation>
        </message>
        <message>
            <source>--annotators: '{name}' is reserved for adjudicated labels</source>
            <translation>--annotators: ім’я '{name}' зарезервовано для узгоджених міток</translation>
        </message>
        <message>
            <source>--annotators: '{name}' cannot name a file (letters, digits, '.', '-' and '_' only, starting with a letter or digit)</source>
            <translation>--annotators: '{name}' не підходить як ім’я файлу (лише літери, цифри, '.', '-' і '_', на початку літера або цифра)</translation>
        </message>
        <message>
            <source>--annotators: '{name}' is named twice</source>
            <translation>--annotators: '{name}' вказано двічі</translation>
        </message>
        <message>
            <source>no unassigned documents to hand out</source>
            <translation>немає нерозподілених документів для роздачі</translation>
        </message>
        <message>
            <source>no documents to hand out</source>
            <translation>немає документів для роздачі</translation>
        </message>
        <message>
            <source>{number} label(s) the project does not know: {labels}; the project's layers: {layers}. Add them as layers with --add-layers, or rename them in the file</source>
            <translation>мітки, невідомі проєкту (кількість: {number}): {labels}; шари проєкту: {layers}. Додайте їх як шари (--add-layers) або перейменуйте їх у файлі</translation>
        </message>
        <message>
            <source>cannot add the file's labels to the schema: {reason}</source>
            <translation>не вдається додати мітки з файлу до схеми: {reason}</translation>
        </message>
        <message>
            <source>cannot write here: {reason}</source>
            <translation>не вдається записати сюди: {reason}</translation>
        </message>
        <message>
            <source>is a folder; give a file name to write to</source>
            <translation>це тека; вкажіть ім’я файлу для запису</translation>
        </message>
        <message>
            <source>is the project file itself; give another file name to write to</source>
            <translation>це сам файл проєкту; вкажіть інше ім’я файлу для запису</translation>
        </message>
        <message>
            <source>exists and is not an empty folder; give a new folder name to write to</source>
            <translation>вже існує і не є порожньою текою; вкажіть нову назву теки для запису</translation>
        </message>
        <message>
            <source>no document with id {id}</source>
            <extracomment>SQL: the columns of a list row that edits change, for document ``d``, status row ``s``; the first parameter is the annotator whose labels are counted.</extracomment>
            <translation>немає документа з ідентифікатором {id}</translation>
        </message>
        <message>
            <source>not a list of annotator folders written by annotator (it has no "annotator_folders" version)</source>
            <translation>це не список тек анотаторів, записаний програмою annotator (немає версії "annotator_folders")</translation>
        </message>
        <message>
            <source>"annotator_folders" must be 1, not {value}</source>
            <translation>"annotator_folders" має бути 1, а не {value}</translation>
        </message>
        <message>
            <source>written by a newer annotator (layout version {version}; this one reads version {known}): update annotator to import this folder</source>
            <translation>записано новішою версією annotator (версія структури {version}; ця читає версію {known}): оновіть annotator, щоб імпортувати цю теку</translation>
        </message>
        <message>
            <source>"folders" must map each folder to its annotator's name</source>
            <translation>"folders" має зіставляти кожній теці ім'я її анотатора</translation>
        </message>
        <message>
            <source>{part} is named twice</source>
            <translation>{part} вказано двічі</translation>
        </message>
        <message>
            <source>{part}: the annotator must be a name, not {value}</source>
            <translation>{part}: анотатор має бути іменем, а не {value}</translation>
        </message>
        <message>
            <source>{part}: name a folder or file beside this file, without a path</source>
            <translation>{part}: вкажіть теку або файл поруч із цим файлом, без шляху</translation>
        </message>
        <message>
            <source>{part}: no such folder or file here</source>
            <translation>{part}: тут немає такої теки чи файлу</translation>
        </message>
        <message>
            <source>"." (this whole folder) cannot be named beside its subfolders</source>
            <translation>"." (усю цю теку) не можна вказувати поруч із її підтеками</translation>
        </message>
        <message>
            <source>"documents" must map each file to its document's name</source>
            <translation>"documents" має зіставляти кожному файлу назву його документа</translation>
        </message>
        <message>
            <source>{file}: the document must be a name, not {value}</source>
            <translation>{file}: документ повинен мати назву, а не {value}</translation>
        </message>
        <message>
            <source>{file}: name a file, without a path</source>
            <translation>{file}: вкажіть назву файлу, без шляху</translation>
        </message>
        <message>
            <source>{manifest} names no annotator for {part}: add it there, or import this folder on its own (with --annotator)</source>
            <translation>{manifest} не називає анотатора для {part}: додайте його туди або імпортуйте цю теку окремо (з --annotator)</translation>
        </message>
        <message>
            <source>plain text</source>
            <translation>звичайний текст</translation>
        </message>
        <message>
            <source>INCEpTION's binary CAS</source>
            <translation>двійковий CAS INCEpTION</translation>
        </message>
        <message>
            <source>a TSV other than WebAnno TSV 3</source>
            <translation>TSV, але не WebAnno TSV 3</translation>
        </message>
        <message>
            <source>cannot read this zip file ({reason})</source>
            <translation>не вдається прочитати цей zip-файл ({reason})</translation>
        </message>
        <message>
            <source>this zip file holds no exportedproject.json: it is not an INCEpTION project export</source>
            <translation>у цьому zip-файлі немає exportedproject.json: це не експорт проєкту INCEpTION</translation>
        </message>
        <message>
            <source>this INCEpTION project export holds no annotation files that annotator reads (annotation/&lt;document&gt;/&lt;user&gt;.tsv): export the project again in INCEpTION with "{format}" as the format</source>
            <extracomment>NFC form of each document name -&gt; the name: a zip made on a Mac or a copy through another file system may spell a folder "Zoë" decomposed while exportedproject.json has it composed; the two look identical to the user.</extracomment>
            <translation>у цьому експорті проєкту INCEpTION немає файлів розмітки, які читає annotator (annotation/&lt;document&gt;/&lt;user&gt;.tsv): експортуйте проєкт в INCEpTION ще раз у форматі "{format}"</translation>
        </message>
        <message>
            <source>a curation file other than {name}: annotator does not know whose it is</source>
            <translation>файл курування, відмінний від {name}: annotator не знає, чий він</translation>
        </message>
        <message numerus="yes">
            <source>this INCEpTION project holds the labels of %n annotator(s) ({names}); --annotator would make them all {name}'s: leave it out</source>
            <translation>
                <numerusform>цей проєкт INCEpTION містить мітки %n анотатора ({names}); --annotator віддав би їх усі анотаторові {name}: не вказуйте його</numerusform>
                <numerusform>цей проєкт INCEpTION містить мітки %n анотаторів ({names}); --annotator віддав би їх усі анотаторові {name}: не вказуйте його</numerusform>
                <numerusform>цей проєкт INCEpTION містить мітки %n анотаторів ({names}); --annotator віддав би їх усі анотаторові {name}: не вказуйте його</numerusform>
            </translation>
        </message>
        <message>
            <source>document '{name}' has no annotation file (annotation/{name}/): export the project again in INCEpTION with "{format}" as the format</source>
            <translation>документ '{name}' не має файлу розмітки (annotation/{name}/): експортуйте проєкт в INCEpTION ще раз у форматі "{format}"</translation>
        </message>
        <message numerus="yes">
            <source>not imported: {source}: %n label(s) of the document as uploaded ({initial}), before anyone annotated it</source>
            <translation>
                <numerusform>не імпортовано: {source}: %n мітка документа в завантаженому вигляді ({initial}), до того як його хтось розмітив</numerusform>
                <numerusform>не імпортовано: {source}: %n мітки документа в завантаженому вигляді ({initial}), до того як його хтось розмітив</numerusform>
                <numerusform>не імпортовано: {source}: %n міток документа в завантаженому вигляді ({initial}), до того як його хтось розмітив</numerusform>
            </translation>
        </message>
        <message>
            <source>the text of document '{name}' differs from the one in {other}</source>
            <translation>текст документа '{name}' відрізняється від тексту в {other}</translation>
        </message>
        <message>
            <source>annotator reads the annotations of an INCEpTION project export in WebAnno TSV 3 only, and this file is {kind}: export the project again in INCEpTION with "{format}" as the format</source>
            <translation>annotator читає розмітку експорту проєкту INCEpTION лише у форматі WebAnno TSV 3, а цей файл — {kind}: експортуйте проєкт в INCEpTION ще раз у форматі "{format}"</translation>
        </message>
        <message>
            <source>not where an INCEpTION project export puts a file (annotation/&lt;document&gt;/&lt;user file&gt;)</source>
            <translation>не там, де експорт проєкту INCEpTION розміщує файли (annotation/&lt;document&gt;/&lt;user file&gt;)</translation>
        </message>
        <message>
            <source>{project} lists no document '{name}'</source>
            <translation>у {project} немає документа '{name}'</translation>
        </message>
        <message>
            <source>{project} names no user of document '{name}' whose file this is (its users: {users})</source>
            <translation>у {project} немає користувача документа '{name}', якому належав би цей файл (його користувачі: {users})</translation>
        </message>
        <message>
            <source>this file could be the annotations of {first} or of {second} ({project} lists both for document '{name}')</source>
            <translation>цей файл може бути розміткою {first} або {second} ({project} вказує обох для документа '{name}')</translation>
        </message>
        <message>
            <source>not UTF-8 (byte {offset})</source>
            <translation>не UTF-8 (байт {offset})</translation>
        </message>
        <message>
            <source>not an INCEpTION project description (it has no "source_documents" and "annotation_documents" lists)</source>
            <translation>це не опис проєкту INCEpTION (немає списків "source_documents" і "annotation_documents")</translation>
        </message>
        <message>
            <source>a source document without a "name"</source>
            <translation>вихідний документ без "name"</translation>
        </message>
        <message>
            <source>an annotation document without a "name" and a "user"</source>
            <translation>документ розмітки без "name" і "user"</translation>
        </message>
        <message numerus="yes">
            <source>{where}: %n label(s) of '{gold}' imported as the annotator '{imported}': gold labels are made by review decisions, which files do not hold; accept them into gold in Review → Disagreements</source>
            <translation>
                <numerusform>{where}: %n мітку '{gold}' імпортовано як анотатора '{imported}': еталонні мітки створюються рішеннями перевірки, яких у файлах немає; прийміть їх до еталона в Перевірка → Розбіжності</numerusform>
                <numerusform>{where}: %n мітки '{gold}' імпортовано як анотатора '{imported}': еталонні мітки створюються рішеннями перевірки, яких у файлах немає; прийміть їх до еталона в Перевірка → Розбіжності</numerusform>
                <numerusform>{where}: %n міток '{gold}' імпортовано як анотатора '{imported}': еталонні мітки створюються рішеннями перевірки, яких у файлах немає; прийміть їх до еталона в Перевірка → Розбіжності</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;New project…</source>
            <translation>&amp;Новий проєкт…</translation>
        </message>
        <message>
            <source>&amp;Open project…</source>
            <translation>&amp;Відкрити проєкт…</translation>
        </message>
        <message>
            <source>Recent projects</source>
            <translation>Останні проєкти</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Імпорт…</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Експорт у &amp;CSV…</translation>
        </message>
        <message>
            <source>Export &amp;JSONL…</source>
            <translation>Експорт у &amp;JSONL…</translation>
        </message>
        <message>
            <source>&amp;Restore backup…</source>
            <translation>&amp;Відновити з резервної копії…</translation>
        </message>
        <message>
            <source>S&amp;witch annotator…</source>
            <translation>З&amp;мінити анотатора…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ихід</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Редагування</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Скасувати</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторити</translation>
        </message>
        <message>
            <source>&amp;Delete annotation</source>
            <translation>&amp;Видалити анотацію</translation>
        </message>
        <message>
            <source>Grow span end by a word</source>
            <translation>Розширити кінець фрагмента на слово</translation>
        </message>
        <message>
            <source>Shrink span end by a word</source>
            <translation>Скоротити кінець фрагмента на слово</translation>
        </message>
        <message>
            <source>Grow span start by a word</source>
            <translation>Розширити початок фрагмента на слово</translation>
        </message>
        <message>
            <source>Shrink span start by a word</source>
            <translation>Скоротити початок фрагмента на слово</translation>
        </message>
        <message>
            <source>&amp;Find in text…</source>
            <translation>&amp;Знайти в тексті…</translation>
        </message>
        <message>
            <source>&amp;Annotate</source>
            <translation>&amp;Анотування</translation>
        </message>
        <message>
            <source>Tag selection as {layer}</source>
            <translation>Позначити виділене як: {layer}</translation>
        </message>
        <message>
            <source>Next annotation</source>
            <translation>Наступна анотація</translation>
        </message>
        <message>
            <source>Previous annotation</source>
            <translation>Попередня анотація</translation>
        </message>
        <message>
            <source>Back to the text</source>
            <translation>Повернутися до тексту</translation>
        </message>
        <message>
            <source>&amp;Edit attributes of the selected annotation (Enter in the text)</source>
            <translation>&amp;Змінити атрибути вибраної анотації (Enter у тексті)</translation>
        </message>
        <message>
            <source>&amp;None present</source>
            <translation>&amp;У тексті немає</translation>
        </message>
        <message>
            <source>No {layer} in this document</source>
            <translation>{layer}: у цьому документі немає</translation>
        </message>
        <message>
            <source>&amp;Mark document done</source>
            <translation>Позначити документ як &amp;готовий</translation>
        </message>
        <message>
            <source>&amp;Next document</source>
            <translation>&amp;Наступний документ</translation>
        </message>
        <message>
            <source>&amp;Previous document</source>
            <translation>&amp;Попередній документ</translation>
        </message>
        <message>
            <source>Next &amp;unfinished document</source>
            <translation>Наступний &amp;незавершений документ</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вигляд</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>&amp;Системна</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Світла</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Темна</translation>
        </message>
        <message>
            <source>&amp;Snap selections to whole words</source>
            <translation>&amp;Виділяти цілими словами</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Оновити</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>З&amp;більшити</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>З&amp;меншити</translation>
        </message>
        <message>
            <source>Filter documents</source>
            <translation>Фільтр документів</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>&amp;Перевірка</translation>
        </message>
        <message>
            <source>&amp;Disagreements…</source>
            <translation>&amp;Розбіжності…</translation>
        </message>
        <message>
            <source>&amp;Agreement report…</source>
            <translation>Звіт про &amp;узгодженість…</translation>
        </message>
        <message>
            <source>&amp;Team dashboard…</source>
            <translation>&amp;Панель команди…</translation>
        </message>
        <message>
            <source>&amp;Merge annotator projects…</source>
            <translation>&amp;Об’єднати проєкти анотаторів…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Довідка</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Клавіатурні скорочення</translation>
        </message>
        <message>
            <source>Annotation &amp;guidelines</source>
            <translation>&amp;Настанови з анотування</translation>
        </message>
        <message>
            <source>&amp;About annotator</source>
            <translation>&amp;Про програму annotator</translation>
        </message>
        <message>
            <source>Close find</source>
            <translation>Закрити пошук</translation>
        </message>
        <message>
            <source>S&amp;uggestions</source>
            <translation>Під&amp;казки</translation>
        </message>
        <message>
            <source>&amp;Accept suggestion at caret</source>
            <translation>&amp;Прийняти підказку біля курсора</translation>
        </message>
        <message>
            <source>&amp;Reject suggestion at caret</source>
            <translation>&amp;Відхилити підказку біля курсора</translation>
        </message>
        <message>
            <source>&amp;Next suggestion</source>
            <translation>&amp;Наступна підказка</translation>
        </message>
        <message>
            <source>&amp;Previous suggestion</source>
            <translation>По&amp;передня підказка</translation>
        </message>
        <message>
            <source>Accept all: {layer}</source>
            <translation>Прийняти всі: {layer}</translation>
        </message>
        <message>
            <source>Show: {layer}</source>
            <translation>Показувати: {layer}</translation>
        </message>
        <message>
            <source>Suggest for this &amp;document</source>
            <translation>Підказки для цього &amp;документа</translation>
        </message>
    </context>
    <context>
        <name>AgreementTab</name>
        <message>
            <source>Krippendorff's alpha</source>
            <translation>Альфа Кріппендорфа</translation>
        </message>
        <message>
            <source>Fleiss' kappa</source>
            <translation>Каппа Флейса</translation>
        </message>
        <message>
            <source>Percent agreement</source>
            <translation>Відсоток згоди</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Одиниці</translation>
        </message>
        <message>
            <source>Overlapping spans</source>
            <translation>Фрагменти, що перекриваються</translation>
        </message>
        <message>
            <source>Identical spans</source>
            <translation>Однакові фрагменти</translation>
        </message>
        <message>
            <source>All layers</source>
            <translation>Усі шари</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Експорт…</translation>
        </message>
        <message>
            <source>Attribute units &amp;matched by:</source>
            <translation>Одиниці атрибутів &amp;зіставлені за:</translation>
        </message>
        <message>
            <source>&amp;Layers:</source>
            <translation>Ш&amp;ари:</translation>
        </message>
        <message>
            <source>Documents: {documents} · units: {units}</source>
            <translation>Документи: {documents} · одиниці: {units}</translation>
        </message>
        <message>
            <source>Spans, {pair}: F1 {f1} · precision {precision} · recall {recall}</source>
            <translation>Фрагменти, {pair}: F1 {f1} · точність {precision} · повнота {recall}</translation>
        </message>
        <message>
            <source>Cohen's kappa, {pair}</source>
            <translation>Каппа Коена, {pair}</translation>
        </message>
        <message>
            <source>Agreement per attribute</source>
            <translation>Згода за атрибутами</translation>
        </message>
        <message>
            <source>Export the agreement report</source>
            <translation>Експорт звіту про згоду</translation>
        </message>
        <message>
            <source>JSON (*.json);;CSV (*.csv)</source>
            <translation>JSON (*.json);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Could not write {path}: {reason}</source>
            <translation>Не вдалося записати {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>AnnotationPanel</name>
        <message>
            <source>Annotations in this document</source>
            <translation>Анотації в цьому документі</translation>
        </message>
    </context>
    <context>
        <name>AnnotationTable</name>
        <message>
            <source>Layer</source>
            <translation>Шар</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Attributes</source>
            <translation>Атрибути</translation>
        </message>
        <message>
            <source>Missing: {attributes}</source>
            <translation>Не заповнено: {attributes}</translation>
        </message>
        <message>
            <source>⚠ missing {attributes}</source>
            <translation>⚠ не заповнено: {attributes}</translation>
        </message>
    </context>
    <context>
        <name>AttributeForm</name>
        <message>
            <source>number, e.g. 99.23</source>
            <translation>число, наприклад 99,23</translation>
        </message>
        <message>
            <source>Not a number</source>
            <translation>Це не число</translation>
        </message>
        <message>
            <source>{attribute}: {choice}</source>
            <translation>{attribute}: {choice}</translation>
        </message>
        <message>
            <source>Press {number}</source>
            <translation>Натисніть {number}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(немає)</translation>
        </message>
        <message>
            <source>date, e.g. 2024-03-05</source>
            <translation>дата, наприклад 2024-03-05</translation>
        </message>
        <message>
            <source>Not a date as YYYY-MM-DD</source>
            <translation>Це не дата у форматі РРРР-ММ-ДД</translation>
        </message>
        <message>
            <source>{attribute} (required)</source>
            <translation>{attribute} (обов’язково)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примітка</translation>
        </message>
        <message>
            <source>Required, still empty</source>
            <translation>Обов’язково, ще не заповнено</translation>
        </message>
        <message>
            <source>Select text and press a layer key to tag it,
or pick an annotation.</source>
            <translation>Виділіть текст і натисніть клавішу шару, щоб позначити його,
або виберіть анотацію.</translation>
        </message>
        <message>
            <source>Attributes of {layer}</source>
            <translation>Атрибути: {layer}</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>Неочікувана помилка: {error}</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Could not check the project: {reason}</source>
            <translation>Не вдалося перевірити проєкт: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… і ще %n</numerusform>
                <numerusform>… і ще %n</numerusform>
                <numerusform>… і ще %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Project check</source>
            <translation>Перевірка проєкту</translation>
        </message>
        <message>
            <source>SQLite found damage in {name}.</source>
            <translation>SQLite виявив пошкодження у файлі {name}.</translation>
        </message>
        <message>
            <source>Keep working only if you must; then use File → Restore backup… or run `annotator check` for details.</source>
            <translation>Продовжуйте роботу лише за потреби; потім виберіть Файл → Відновити з резервної копії… або запустіть `annotator check`, щоб дізнатися подробиці.</translation>
        </message>
        <message>
            <source>Backup failed: {reason}</source>
            <translation>Не вдалося створити резервну копію: {reason}</translation>
        </message>
        <message>
            <source>Today's backup: {name}</source>
            <translation>Сьогоднішня резервна копія: {name}</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Створено</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документи</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Анотації</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Розмір</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>не читається</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>щоденна</translation>
        </message>
        <message>
            <source>on demand</source>
            <translation>на вимогу</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>перед відновленням</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Відновити з резервної копії</translation>
        </message>
        <message>
            <source>Backups are taken once a day when the project opens; the newest 7 of each kind are kept in
{folder}

Restoring saves the current content as a backup first, so a restore can be undone the same way.</source>
            <translation>Резервні копії створюються раз на день під час відкриття проєкту; 7 найновіших кожного виду зберігаються в
{folder}

Перед відновленням поточний вміст зберігається як резервна копія, тож відновлення можна скасувати так само.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервні копії</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Відновити</translation>
        </message>
    </context>
    <context>
        <name>Checklist</name>
        <message>
            <source>Checklist</source>
            <translation>Контрольний список</translation>
        </message>
        <message>
            <source>none present</source>
            <translation>у тексті немає</translation>
        </message>
        <message>
            <source>{layer}: none present</source>
            <translation>{layer}: у тексті немає</translation>
        </message>
        <message>
            <source>Tick when you checked the text and it has no annotation of this layer ({layer})</source>
            <translation>Позначте, якщо ви перевірили текст і в ньому немає нічого для анотування в цьому шарі ({layer})</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Позначити як готовий</translation>
        </message>
        <message>
            <source>Done ✓ (Ctrl+Enter marks again)</source>
            <translation>Готовий ✓ (Ctrl+Enter — позначити знову)</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Annotator</source>
            <translation>Анотатор</translation>
        </message>
        <message>
            <source>Your annotator name (saved with every label you make):</source>
            <translation>Ваше ім’я анотатора (зберігається з кожною вашою міткою):</translation>
        </message>
        <message>
            <source>“gold” is reserved for adjudicated labels.</source>
            <translation>«gold» зарезервовано для затверджених міток.</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Рецензент</translation>
        </message>
        <message>
            <source>Reviewer name (every decision is logged under it):</source>
            <translation>Ім’я рецензента (кожне рішення записується під ним):</translation>
        </message>
        <message>
            <source>Work as (pick a name in this project, or type a new one):</source>
            <translation>Працювати як (виберіть ім’я з проєкту або введіть нове):</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Новий проєкт</translation>
        </message>
        <message>
            <source>{path} already exists; choose a new name.</source>
            <translation>{path} вже існує; виберіть іншу назву.</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Відкрити проєкт</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(поки немає)</translation>
        </message>
        <message>
            <source>Import documents</source>
            <translation>Імпорт документів</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Імпорт</translation>
        </message>
        <message>
            <source>Add these labels to the schema as new layers?</source>
            <translation>Додати ці мітки до схеми як нові шари?</translation>
        </message>
        <message>
            <source>Export {format}</source>
            <translation>Експорт {format}</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n annotation(s) to {path}</source>
            <translation>
                <numerusform>Записано %n анотацію в {path}</numerusform>
                <numerusform>Записано %n анотації в {path}</numerusform>
                <numerusform>Записано %n анотацій в {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n document(s) to {path}</source>
            <translation>
                <numerusform>Записано %n документ в {path}</numerusform>
                <numerusform>Записано %n документи в {path}</numerusform>
                <numerusform>Записано %n документів в {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Експорт…</translation>
        </message>
        <message>
            <source>Merge annotator projects</source>
            <translation>Об’єднати проєкти анотаторів</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Об’єднання</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Де</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Дія</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Клавіші</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Клавіатурні скорочення</translation>
        </message>
        <message>
            <source>Annotation guidelines</source>
            <translation>Настанови з анотування</translation>
        </message>
        <message>
            <source># Guidelines

No guidelines were found.</source>
            <translation># Настанови

Настанов не знайдено.</translation>
        </message>
        <message>
            <source>About annotator</source>
            <translation>Про програму annotator</translation>
        </message>
        <message>
            <source>Label stances, quotes and figures in news articles; merge annotators, measure agreement, adjudicate gold labels.</source>
            <translation>Анотування позицій, цитат і чисел у новинних статтях; об’єднання роботи анотаторів, вимірювання узгодженості, затвердження еталонних міток.</translation>
        </message>
        <message>
            <source>Project:</source>
            <translation>Проєкт:</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Тека даних:</translation>
        </message>
        <message>
            <source>It uses Qt {qt} and PySide6 {pyside} (Qt for Python), under the GNU Lesser General Public License v3 (LGPLv3); their source is at {link}. Python {python} is under the PSF licence.</source>
            <translation>Використовує Qt {qt} і PySide6 {pyside} (Qt for Python) за ліцензією GNU Lesser General Public License v3 (LGPLv3); їхній вихідний код доступний на {link}. Python {python} поширюється за ліцензією PSF.</translation>
        </message>
        <message>
            <source>annotator is free software under the MIT licence.</source>
            <translation>annotator — вільне програмне забезпечення за ліцензією MIT.</translation>
        </message>
        <message>
            <source>annotator projects (*.sqlite *.annotator.sqlite);;All files (*)</source>
            <translation>Проєкти annotator (*.sqlite *.annotator.sqlite);;Усі файли (*)</translation>
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
            <translation>Відкриті підказки</translation>
        </message>
        <message>
            <source>new</source>
            <translation>новий</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>у роботі</translation>
        </message>
        <message>
            <source>done ✓</source>
            <translation>готовий ✓</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Lang</source>
            <comment>column header: the document's language, abbreviated</comment>
            <translation>Мова</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Стан</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Мітки</translation>
        </message>
        <message>
            <source>Sugg.</source>
            <comment>column header: open suggestions, abbreviated</comment>
            <translation>Підк.</translation>
        </message>
        <message>
            <source>done ✎</source>
            <translation>готовий ✎</translation>
        </message>
        <message>
            <source>Marked done, then changed: check it and mark it done again</source>
            <translation>Позначено як готове, потім змінено: перевірте й позначте знову</translation>
        </message>
    </context>
    <context>
        <name>EditVersion</name>
        <message>
            <source>Edit the version of {annotator}</source>
            <translation>Редагування версії: {annotator}</translation>
        </message>
        <message>
            <source>Select the span in the text (it snaps to whole words), or move its edges with Alt+Shift+arrows; Enter goes to the form.</source>
            <translation>Виділіть фрагмент у тексті (він прив’язується до цілих слів) або пересувайте його краї клавішами Alt+Shift+стрілки; Enter переходить до форми.</translation>
        </message>
        <message>
            <source>Text: select the span</source>
            <translation>Текст: виділіть фрагмент</translation>
        </message>
        <message>
            <source>Span: “{text}”</source>
            <translation>Фрагмент: «{text}»</translation>
        </message>
        <message>
            <source>Accept as gold</source>
            <translation>Прийняти як еталон</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>Wrote %n document row(s) to {path}</source>
            <translation>
                <numerusform>Записано %n рядок документів до {path}</numerusform>
                <numerusform>Записано %n рядки документів до {path}</numerusform>
                <numerusform>Записано %n рядків документів до {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Експортувати</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Анотації</translation>
        </message>
        <message>
            <source>Documents (status and counts per annotator)</source>
            <translation>Документи (статус і кількість для кожного анотатора)</translation>
        </message>
        <message>
            <source>Excel-safe CSV (BOM, safe formulas)</source>
            <translation>CSV, безпечний для Excel (BOM, безпечні формули)</translation>
        </message>
        <message>
            <source>Gold labels (adjudicated)</source>
            <translation>Еталонні мітки (після арбітражу)</translation>
        </message>
        <message>
            <source>Annotators</source>
            <translation>Анотатори</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Шари</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Експортувати до</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Вибрати…</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Формат:</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Що:</translation>
        </message>
        <message>
            <source>Export to:</source>
            <translation>Експортувати до:</translation>
        </message>
    </context>
    <context>
        <name>Jobs</name>
        <message numerus="yes">
            <source>Imported %n document(s).</source>
            <translation>
                <numerusform>Імпортовано %n документ.</numerusform>
                <numerusform>Імпортовано %n документи.</numerusform>
                <numerusform>Імпортовано %n документів.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n annotation(s).</source>
            <translation>
                <numerusform>Додано %n анотацію.</numerusform>
                <numerusform>Додано %n анотації.</numerusform>
                <numerusform>Додано %n анотацій.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already present, unchanged.</source>
            <translation>
                <numerusform>%n вже був, без змін.</numerusform>
                <numerusform>%n вже були, без змін.</numerusform>
                <numerusform>%n вже були, без змін.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Імпорт…</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>Об’єднання…</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Відновлення з резервної копії…</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Мова</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Мова системи</translation>
        </message>
        <message>
            <source>Saved, but {variable} is set and decides the language while it is set.</source>
            <translation>Збережено, але задано змінну {variable}: поки її задано, мову визначає вона.</translation>
        </message>
        <message>
            <source>This is the language in use.</source>
            <translation>Ця мова вже використовується.</translation>
        </message>
        <message>
            <source>The new language applies the next time annotator starts.</source>
            <translation>Нову мову буде застосовано під час наступного запуску annotator.</translation>
        </message>
    </context>
    <context>
        <name>LayerBar</name>
        <message>
            <source>Tag the selected text as {layer} (key {key})</source>
            <translation>Позначити виділений текст як: {layer} (клавіша {key})</translation>
        </message>
        <message>
            <source>Tag the selected text as {layer}</source>
            <translation>Позначити виділений текст як: {layer}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Filter: name, title or text</source>
            <translation>Фільтр: назва, заголовок або текст</translation>
        </message>
        <message>
            <source>Filter documents</source>
            <translation>Фільтр документів</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документи</translation>
        </message>
        <message>
            <source>Document text</source>
            <translation>Текст документа</translation>
        </message>
        <message>
            <source>Select text with Shift and the arrow keys, then press a layer key to tag it: {keys}</source>
            <translation>Виділіть текст клавішею Shift і стрілками, потім натисніть клавішу шару, щоб позначити його: {keys}</translation>
        </message>
        <message>
            <source>Find in text (Enter: next, Esc: close)</source>
            <translation>Знайти в тексті (Enter: далі, Esc: закрити)</translation>
        </message>
        <message>
            <source>Find in text</source>
            <translation>Знайти в тексті</translation>
        </message>
        <message>
            <source>no match</source>
            <translation>немає збігів</translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <translation>{current} з {total}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Не збережено</translation>
        </message>
        <message>
            <source>Select some text first, then press the layer key.</source>
            <translation>Спочатку виділіть текст, потім натисніть клавішу шару.</translation>
        </message>
        <message>
            <source>Resize span</source>
            <translation>Змінити межі фрагмента</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примітка</translation>
        </message>
        <message>
            <source>Set {attribute}</source>
            <translation>Задати: {attribute}</translation>
        </message>
        <message>
            <source>No document is open.</source>
            <translation>Жоден документ не відкрито.</translation>
        </message>
        <message>
            <source>{layer}: no annotation, and “none present” is not ticked</source>
            <translation>{layer}: немає анотацій, і «у тексті немає» не позначено</translation>
        </message>
        <message>
            <source>{layer} “{excerpt}”: missing {attributes}</source>
            <translation>{layer} «{excerpt}»: не заповнено {attributes}</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Ще не готово</translation>
        </message>
        <message>
            <source>This document cannot be marked done yet:</source>
            <translation>Цей документ поки не можна позначити як готовий:</translation>
        </message>
        <message>
            <source>Every document is done.</source>
            <translation>Усі документи готові.</translation>
        </message>
        <message>
            <source>Another program changed the schema; this window now uses it.</source>
            <translation>Інша програма змінила схему; це вікно тепер використовує її.</translation>
        </message>
        <message>
            <source>Select an annotation first (Tab, or click it).</source>
            <translation>Спочатку виберіть анотацію (Tab або клацання).</translation>
        </message>
        <message>
            <source>“None present” needs a layer without annotations in this document.</source>
            <translation>«У тексті немає» можна позначити лише для шару без анотацій у цьому документі.</translation>
        </message>
        <message>
            <source>“{text}” not found</source>
            <translation>«{text}» не знайдено</translation>
        </message>
        <message>
            <source>“{name}” was removed or replaced by another program.</source>
            <translation>«{name}» видалено або замінено іншою програмою.</translation>
        </message>
        <message>
            <source>Annotator: {name}</source>
            <translation>Анотатор: {name}</translation>
        </message>
        <message>
            <source>Document {number} of {count}</source>
            <translation>Документ {number} з {count}</translation>
        </message>
        <message>
            <source>{done} of {total} done</source>
            <translation>Готово: {done} з {total}</translation>
        </message>
        <message>
            <source>This project has no documents yet.

To begin, import articles: {path} ({key}).</source>
            <translation>У цьому проєкті ще немає документів.

Щоб почати, імпортуйте статті: {path} ({key}).</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Не збережено: {reason}</translation>
        </message>
        <message>
            <source>Tag {layer}</source>
            <translation>Позначити: {layer}</translation>
        </message>
        <message>
            <source>Delete annotation</source>
            <translation>Видалити анотацію</translation>
        </message>
        <message>
            <source>this annotation was deleted in another window meanwhile</source>
            <translation>цю анотацію тим часом видалено в іншому вікні</translation>
        </message>
        <message>
            <source>Tick “none present”: {layer}</source>
            <translation>Позначити «у тексті немає»: {layer}</translation>
        </message>
        <message>
            <source>Untick “none present”: {layer}</source>
            <translation>Зняти «у тексті немає»: {layer}</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Позначити як готовий</translation>
        </message>
        <message>
            <source>Reject suggestion</source>
            <translation>Відхилення підказки</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>Review — {project} — annotator</source>
            <translation>Перевірка — {project} — annotator</translation>
        </message>
        <message>
            <source>All layers</source>
            <translation>Усі шари</translation>
        </message>
        <message>
            <source>Document name contains…</source>
            <translation>Назва документа містить…</translation>
        </message>
        <message>
            <source>Filter by document name</source>
            <translation>Фільтр за назвою документа</translation>
        </message>
        <message>
            <source>Include documents not everyone started</source>
            <translation>Враховувати документи, які почали не всі</translation>
        </message>
        <message>
            <source>Off (the default), a document is compared only among the annotators who started or finished it, as in the agreement report.</source>
            <translation>Вимкнено (типово): документ порівнюється лише між анотаторами, які його почали або закінчили, як у звіті про узгодженість.</translation>
        </message>
        <message>
            <source>&amp;Layer</source>
            <translation>&amp;Шар</translation>
        </message>
        <message>
            <source>A&amp;nnotators</source>
            <translation>&amp;Анотатори</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Шар</translation>
        </message>
        <message>
            <source>Annotators</source>
            <translation>Анотатори</translation>
        </message>
        <message>
            <source>Units to review</source>
            <translation>Одиниці для перевірки</translation>
        </message>
        <message>
            <source>Document text around the unit</source>
            <translation>Текст документа навколо одиниці</translation>
        </message>
        <message>
            <source>Versions of the annotators</source>
            <translation>Версії анотаторів</translation>
        </message>
        <message>
            <source>Differences are in red; press a number to accept that version</source>
            <translation>Відмінності виділено червоним; натисніть цифру, щоб прийняти цю версію</translation>
        </message>
        <message>
            <source>Rationale (optional), saved with the decision</source>
            <translation>Обґрунтування (необов’язково), зберігається з рішенням</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Обґрунтування</translation>
        </message>
        <message>
            <source>Accept selected (1–9)</source>
            <translation>Прийняти вибрану (1–9)</translation>
        </message>
        <message>
            <source>Edit, then accept (E)</source>
            <translation>Виправити й прийняти (E)</translation>
        </message>
        <message>
            <source>Reject all (R)</source>
            <translation>Відхилити всі (R)</translation>
        </message>
        <message>
            <source>Accept all agreements</source>
            <translation>Прийняти всі збіги</translation>
        </message>
        <message>
            <source>Versions (differences in red)</source>
            <translation>Версії (відмінності виділено червоним)</translation>
        </message>
        <message>
            <source>Nothing left to review under these filters. Next: export the gold labels with: annotator export --gold -o gold.csv</source>
            <translation>З цими фільтрами перевіряти більше нічого. Далі: експортуйте еталонні мітки командою: annotator export --gold -o gold.csv</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Одиниці</translation>
        </message>
        <message>
            <source>Span F1</source>
            <translation>F1 фрагментів</translation>
        </message>
        <message>
            <source>Attribute agreement</source>
            <translation>Узгодженість атрибутів</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Оцінка</translation>
        </message>
        <message>
            <source>Agreement per document</source>
            <translation>Узгодженість за документами</translation>
        </message>
        <message>
            <source>Enter or double-click: review this document's disagreements</source>
            <translation>Enter або подвійне клацання: перевірити розбіжності в цьому документі</translation>
        </message>
        <message>
            <source>Per document, worst first</source>
            <translation>За документами, спершу найгірші</translation>
        </message>
        <message>
            <source>Disagreements</source>
            <translation>Розбіжності</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Узгодженість</translation>
        </message>
        <message>
            <source>Accept version {number}</source>
            <translation>Прийняти версію {number}</translation>
        </message>
        <message>
            <source>Edit, then accept</source>
            <translation>Виправити й прийняти</translation>
        </message>
        <message>
            <source>Reject all versions</source>
            <translation>Відхилити всі версії</translation>
        </message>
        <message>
            <source>Undo decision</source>
            <translation>Скасувати рішення</translation>
        </message>
        <message>
            <source>Redo decision</source>
            <translation>Повторити рішення</translation>
        </message>
        <message>
            <source>Close the review window</source>
            <translation>Закрити вікно перевірки</translation>
        </message>
        <message>
            <source>All annotators</source>
            <translation>Усі анотатори</translation>
        </message>
        <message numerus="yes">
            <source>%n disagreement(s) so far</source>
            <translation>
                <numerusform>поки %n розбіжність</numerusform>
                <numerusform>поки %n розбіжності</numerusform>
                <numerusform>поки %n розбіжностей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n збіг</numerusform>
                <numerusform>%n збіги</numerusform>
                <numerusform>%n збігів</numerusform>
            </translation>
        </message>
        <message>
            <source>reading documents: {read} of {total}…</source>
            <translation>читання документів: {read} з {total}…</translation>
        </message>
        <message numerus="yes">
            <source>%n disagreement(s) left</source>
            <translation>
                <numerusform>залишилася %n розбіжність</numerusform>
                <numerusform>залишилося %n розбіжності</numerusform>
                <numerusform>залишилося %n розбіжностей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) to accept</source>
            <translation>
                <numerusform>%n збіг до прийняття</numerusform>
                <numerusform>%n збіги до прийняття</numerusform>
                <numerusform>%n збігів до прийняття</numerusform>
            </translation>
        </message>
        <message>
            <source>{annotator} has no annotation here; press R to reject</source>
            <translation>У {annotator} тут немає анотації; натисніть R, щоб відхилити</translation>
        </message>
        <message>
            <source>Accept the version of {annotator}</source>
            <translation>Прийняти версію: {annotator}</translation>
        </message>
        <message>
            <source>Accept edited version</source>
            <translation>Прийняти виправлену версію</translation>
        </message>
        <message>
            <source>No units where everyone agrees are waiting.</source>
            <translation>Немає одиниць, щодо яких усі згодні, що чекають на рішення.</translation>
        </message>
        <message numerus="yes">
            <source>Accept %n agreement(s)</source>
            <translation>
                <numerusform>Прийняти %n збіг</numerusform>
                <numerusform>Прийняти %n збіги</numerusform>
                <numerusform>Прийняти %n збігів</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewModels</name>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Шар</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Позиція</translation>
        </message>
        <message>
            <source>Differs in</source>
            <translation>Відмінності в</translation>
        </message>
        <message>
            <source>agree</source>
            <translation>згодні</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Клавіша</translation>
        </message>
        <message>
            <source>Annotator</source>
            <translation>Анотатор</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>— (no annotation)</source>
            <translation>— (немає анотації)</translation>
        </message>
        <message>
            <source>span</source>
            <translation>фрагмент</translation>
        </message>
        <message>
            <source>presence</source>
            <translation>наявність</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Review window</source>
            <translation>Вікно перевірки</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Attribute form</source>
            <translation>Форма атрибутів</translation>
        </message>
        <message>
            <source>Find bar</source>
            <translation>Панель пошуку</translation>
        </message>
        <message>
            <source>Accept version 1–9</source>
            <translation>Прийняти версію 1–9</translation>
        </message>
        <message>
            <source>Edit, then accept</source>
            <translation>Виправити й прийняти</translation>
        </message>
        <message>
            <source>Reject all versions</source>
            <translation>Відхилити всі версії</translation>
        </message>
        <message>
            <source>Accept all agreements</source>
            <translation>Прийняти всі збіги</translation>
        </message>
        <message>
            <source>Undo decision</source>
            <translation>Скасувати рішення</translation>
        </message>
        <message>
            <source>Redo decision</source>
            <translation>Повторити рішення</translation>
        </message>
        <message>
            <source>Close the review window</source>
            <translation>Закрити вікно перевірки</translation>
        </message>
        <message>
            <source>Accept the selected version (in the rationale)</source>
            <translation>Прийняти вибрану версію (у полі обґрунтування)</translation>
        </message>
        <message>
            <source>Edit the selected annotation's attributes</source>
            <translation>Змінити атрибути вибраної анотації</translation>
        </message>
        <message>
            <source>Clear the selection</source>
            <translation>Зняти виділення</translation>
        </message>
        <message>
            <source>Pick choice 1–9</source>
            <translation>Вибрати варіант 1–9</translation>
        </message>
        <message>
            <source>Next / previous field</source>
            <translation>Наступне / попереднє поле</translation>
        </message>
        <message>
            <source>Back to the text</source>
            <translation>Назад до тексту</translation>
        </message>
        <message>
            <source>Close the completion, then back to the text</source>
            <translation>Закрити підказки, потім назад до тексту</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Наступний збіг</translation>
        </message>
        <message>
            <source>Close find, back to the text</source>
            <translation>Закрити пошук, назад до тексту</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <source>Accept suggestion</source>
            <translation>Прийняття підказки</translation>
        </message>
        <message>
            <source>No open suggestions in this document.</source>
            <translation>У цьому документі немає відкритих підказок.</translation>
        </message>
        <message>
            <source>No open suggestions of that layer here.</source>
            <translation>Тут немає відкритих підказок цього шару.</translation>
        </message>
        <message>
            <source>Accept all suggestions: {layer}</source>
            <translation>Прийняття всіх підказок: {layer}</translation>
        </message>
        <message>
            <source>Put the caret on a suggestion (dashed) first.</source>
            <translation>Спершу поставте курсор на підказку (пунктир).</translation>
        </message>
    </context>
    <context>
        <name>TeamDashboard</name>
        <message>
            <source>Team dashboard — {name}</source>
            <translation>Панель команди — {name}</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Оновити</translation>
        </message>
        <message>
            <source>&amp;Save as HTML…</source>
            <translation>&amp;Зберегти як HTML…</translation>
        </message>
        <message>
            <source>Save the team report</source>
            <translation>Зберегти звіт команди</translation>
        </message>
        <message>
            <source>HTML files (*.html)</source>
            <translation>Файли HTML (*.html)</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>yes</source>
            <translation>так</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ні</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Enter your name first: it is saved with every label you make.</source>
            <translation>Спочатку введіть своє ім’я: воно зберігається з кожною вашою міткою.</translation>
        </message>
        <message>
            <source>“{name}” is reserved for the adjudicated labels; choose another name.</source>
            <translation>«{name}» зарезервовано для затверджених міток; виберіть інше ім’я.</translation>
        </message>
        <message>
            <source>Welcome to annotator</source>
            <translation>Ласкаво просимо до annotator</translation>
        </message>
        <message>
            <source>Label stances, quotes and figures in news articles. Everything you do is saved as you go: there is no Save button.</source>
            <translation>Анотуйте позиції, цитати й числа в новинних статтях. Усе зберігається одразу: кнопки «Зберегти» немає.</translation>
        </message>
        <message>
            <source>e.g. alice</source>
            <translation>наприклад, alice</translation>
        </message>
        <message>
            <source>Saved with every label you make, so that a reviewer can compare annotators.</source>
            <translation>Зберігається з кожною вашою міткою, щоб рецензент міг порівняти анотаторів.</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Ваше &amp;ім’я:</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ваше ім’я</translation>
        </message>
        <message>
            <source>Open the sample project</source>
            <translation>Відкрити приклад проєкту</translation>
        </message>
        <message>
            <source>Five news articles to try the tools on</source>
            <translation>П’ять новинних статей, щоб випробувати інструменти</translation>
        </message>
        <message>
            <source>Open {name}</source>
            <translation>Відкрити {name}</translation>
        </message>
        <message>
            <source>Create a new project…</source>
            <translation>Створити новий проєкт…</translation>
        </message>
        <message>
            <source>An empty project with the news schema, saved where you choose</source>
            <translation>Порожній проєкт зі схемою для новин, збережений там, де ви вкажете</translation>
        </message>
        <message>
            <source>Open an existing project…</source>
            <translation>Відкрити наявний проєкт…</translation>
        </message>
        <message>
            <source>A project file (.sqlite) of yours or a colleague's</source>
            <translation>Файл проєкту (.sqlite), ваш або колеги</translation>
        </message>
        <message>
            <source>Import your own articles…</source>
            <translation>Імпортувати власні статті…</translation>
        </message>
        <message>
            <source>Text, Markdown, JSONL or CSV files, into a new project</source>
            <translation>Текстові файли, Markdown, JSONL або CSV, у новий проєкт</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Вийти</translation>
        </message>
        <message>
            <source>What would you like to do?</source>
            <translation>Що ви хочете зробити?</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Новий проєкт</translation>
        </message>
        <message>
            <source>New project for your articles</source>
            <translation>Новий проєкт для ваших статей</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Відкрити проєкт</translation>
        </message>
        <message>
            <source>{path} already exists; choose a new name, or open it instead.</source>
            <translation>{path} вже існує; виберіть іншу назву або відкрийте цей файл.</translation>
        </message>
    </context>
</TS>