<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
            <translation>строка {line}: {reason}</translation>
        </message>
        <message>
            <source>{path}: {reason}</source>
            <translation>{path}: {reason}</translation>
        </message>
        <message>
            <source>cannot read schema file: {reason}</source>
            <translation>не удаётся прочитать файл схемы: {reason}</translation>
        </message>
        <message>
            <source>not UTF-8 (invalid byte at offset {offset})</source>
            <translation>не в кодировке UTF-8 (недопустимый байт на позиции {offset})</translation>
        </message>
        <message>
            <source>invalid TOML: {error}</source>
            <translation>некорректный TOML: {error}</translation>
        </message>
        <message>
            <source>invalid TOML: arrays or tables nested too deeply</source>
            <translation>некорректный TOML: слишком глубокая вложенность массивов или таблиц</translation>
        </message>
        <message>
            <source>the schema needs at least one [[layer]]</source>
            <translation>в схеме должен быть хотя бы один слой [[layer]]</translation>
        </message>
        <message>
            <source>layer '{layer}', attribute '{attribute}': refers to unknown layer '{target}'</source>
            <translation>слой '{layer}', атрибут '{attribute}': ссылается на неизвестный слой '{target}'</translation>
        </message>
        <message>
            <source>layer '{layer}' has no attribute '{attribute}'</source>
            <translation>у слоя '{layer}' нет атрибута '{attribute}'</translation>
        </message>
        <message>
            <source>layer '{layer}', attribute '{attribute}': {problem}</source>
            <translation>слой '{layer}', атрибут '{attribute}': {problem}</translation>
        </message>
        <message>
            <source>--delimiter must be one character, got {given}</source>
            <translation>--delimiter должен быть одним символом, указано {given}</translation>
        </message>
        <message>
            <source>empty file (no header row)</source>
            <translation>пустой файл (нет строки заголовка)</translation>
        </message>
        <message>
            <source>invalid CSV: {error}</source>
            <translation>некорректный CSV: {error}</translation>
        </message>
        <message>
            <source>this is annotator's CSV of labels (one row per label, without the documents' texts): it cannot be imported; to move labels to another project, export JSONL (--format jsonl) and import that</source>
            <translation>это CSV меток программы annotator (одна строка на метку, без текстов документов): его нельзя импортировать; чтобы перенести метки в другой проект, экспортируйте JSONL (--format jsonl) и импортируйте его</translation>
        </message>
        <message>
            <source>no column named '{column}' for {option} (columns: {columns})</source>
            <translation>нет столбца '{column}' для {option} (столбцы: {columns})</translation>
        </message>
        <message>
            <source>no column named '{column}' (columns: {columns}); choose one with --text-column</source>
            <translation>нет столбца '{column}' (столбцы: {columns}); выберите столбец параметром --text-column</translation>
        </message>
        <message>
            <source>row has {fields} fields, the header has {columns}</source>
            <translation>в строке полей: {fields}, а в заголовке столбцов: {columns}</translation>
        </message>
        <message>
            <source>empty '{column}' cell</source>
            <translation>пустая ячейка '{column}'</translation>
        </message>
        <message>
            <source>no data rows under the header</source>
            <translation>под заголовком нет строк с данными</translation>
        </message>
        <message>
            <source>column {number} has no name (a blank header); name it, or its values would be lost</source>
            <translation>у столбца {number} нет имени (пустой заголовок); назовите его, иначе его значения потеряются</translation>
        </message>
        <message>
            <source>columns {first} and {second} are both named '{name}'; rename one, or its values would be lost</source>
            <translation>столбцы {first} и {second} оба называются '{name}'; переименуйте один, иначе его значения потеряются</translation>
        </message>
        <message>
            <source>cannot read: {reason}</source>
            <translation>не удаётся прочитать: {reason}</translation>
        </message>
        <message>
            <source>unknown encoding '{encoding}'</source>
            <translation>неизвестная кодировка '{encoding}'</translation>
        </message>
        <message>
            <source>not valid {encoding}: byte 0x{byte} at byte offset {offset}</source>
            <translation>недопустимо для {encoding}: байт 0x{byte} на позиции {offset}</translation>
        </message>
        <message>
            <source>not valid {encoding}: byte 0x{byte} at byte offset {offset}; name the encoding with --encoding if it is not UTF-8</source>
            <translation>недопустимо для {encoding}: байт 0x{byte} на позиции {offset}; если это не UTF-8, укажите кодировку параметром --encoding</translation>
        </message>
        <message>
            <source>not valid {encoding}: {error}</source>
            <translation>недопустимо для {encoding}: {error}</translation>
        </message>
        <message>
            <source>'{encoding}' is not a text encoding</source>
            <translation>'{encoding}' — не кодировка текста</translation>
        </message>
        <message>
            <source>decoding as {encoding} gives a lone surrogate (U+{code}), which is not a character</source>
            <translation>декодирование как {encoding} даёт одиночный суррогат (U+{code}), это не символ</translation>
        </message>
        <message>
            <source>contains a NUL character: this looks like a binary file, not text</source>
            <translation>содержит символ NUL: похоже на двоичный файл, а не текст</translation>
        </message>
        <message>
            <source>export the project again in Label Studio as JSON, not JSON-MIN: JSON-MIN leaves out each result's type, so a one-choice answer cannot be told from the task's own data</source>
            <translation>экспортируйте проект в Label Studio заново как JSON, а не JSON-MIN: JSON-MIN опускает тип каждого результата, поэтому ответ с одним выбором нельзя отличить от данных задачи</translation>
        </message>
        <message>
            <source>import the folder that holds it with the .txt and .ann files (--format brat)</source>
            <translation>импортируйте папку, в которой он лежит, вместе с файлами .txt и .ann (--format brat)</translation>
        </message>
        <message>
            <source>import the folder that holds it (it says whose labels each folder beside it holds)</source>
            <translation>импортируйте папку, в которой он лежит (он указывает, чьи метки содержит каждая папка рядом с ним)</translation>
        </message>
        <message>
            <source>annotator does not read CoNLL; export it from your tool as brat, doccano or WebAnno TSV instead</source>
            <translation>annotator не читает CoNLL; экспортируйте данные из своего инструмента как brat, doccano или WebAnno TSV</translation>
        </message>
        <message>
            <source>unknown format '{name}' (choose from {formats})</source>
            <translation>неизвестный формат '{name}' (доступны: {formats})</translation>
        </message>
        <message>
            <source>looks like an {title} file: use --format {name}</source>
            <translation>похож на файл {title}: используйте --format {name}</translation>
        </message>
        <message>
            <source>looks like a {title} file: use --format {name}</source>
            <translation>похож на файл {title}: используйте --format {name}</translation>
        </message>
        <message>
            <source>looks like an {title} file: {hint}</source>
            <translation>похож на файл {title}: {hint}</translation>
        </message>
        <message>
            <source>looks like a {title} file: {hint}</source>
            <translation>похож на файл {title}: {hint}</translation>
        </message>
        <message>
            <source>cannot import {title}: {hint}</source>
            <translation>нельзя импортировать {title}: {hint}</translation>
        </message>
        <message>
            <source>this is not an {title} file: it {what}</source>
            <translation>это не файл {title}: он {what}</translation>
        </message>
        <message>
            <source>this is not a {title} file: it {what}</source>
            <translation>это не файл {title}: он {what}</translation>
        </message>
        <message>
            <source>unknown kind of file ('{suffix}'); it {what}</source>
            <translation>неизвестный вид файла ('{suffix}'); он {what}</translation>
        </message>
        <message>
            <source>annotator reads a {suffix} file only as {titles}, and this is not one</source>
            <translation>annotator читает файл {suffix} только как {titles}, а этот файл им не является</translation>
        </message>
        <message>
            <source>unknown kind of file ('{suffix}'): annotator reads {known}; name the format with --format (e.g. --format text)</source>
            <translation>неизвестный вид файла ('{suffix}'): annotator читает {known}; укажите формат параметром --format (например, --format text)</translation>
        </message>
        <message>
            <source>unknown kind of file (no suffix): annotator reads {known}; name the format with --format (e.g. --format text)</source>
            <translation>неизвестный вид файла (без расширения): annotator читает {known}; укажите формат параметром --format (например, --format text)</translation>
        </message>
        <message>
            <source>a {suffix} file that is neither {first} nor {second}</source>
            <translation>файл {suffix}, который не является ни {first}, ни {second}</translation>
        </message>
        <message>
            <source>a {suffix} file that is neither {titles}</source>
            <translation>файл {suffix}, который не является {titles}</translation>
        </message>
        <message>
            <source>{neither}; it {what}</source>
            <translation>{neither}; он {what}</translation>
        </message>
        <message>
            <source>this {what}</source>
            <translation>этот файл {what}</translation>
        </message>
        <message>
            <source>no importable files in this folder ({reasons})</source>
            <translation>в этой папке нет файлов для импорта ({reasons})</translation>
        </message>
        <message>
            <source>no importable files in this folder</source>
            <translation>в этой папке нет файлов для импорта</translation>
        </message>
        <message>
            <source>this is a project file open in annotator, not a file to import</source>
            <translation>это файл проекта, открытый в annotator, а не файл для импорта</translation>
        </message>
        <message>
            <source>no such file or folder</source>
            <translation>нет такого файла или папки</translation>
        </message>
        <message>
            <source>schema extended (--add-layers): {layers}</source>
            <translation>схема расширена (--add-layers): {layers}</translation>
        </message>
        <message numerus="yes">
            <source>already present (same annotator, layer and span): %n label(s)</source>
            <translation>
                <numerusform>уже есть (тот же аннотатор, слой и фрагмент): %n метка</numerusform>
                <numerusform>уже есть (тот же аннотатор, слой и фрагмент): %n метки</numerusform>
                <numerusform>уже есть (тот же аннотатор, слой и фрагмент): %n меток</numerusform>
            </translation>
        </message>
        <message>
            <source>predictions stored as suggestions: {number}</source>
            <translation>предсказания сохранены как подсказки: {number}</translation>
        </message>
        <message>
            <source>notes on what was read ({number}):</source>
            <translation>замечания о прочитанном ({number}):</translation>
        </message>
        <message>
            <source>  {item}</source>
            <translation>  {item}</translation>
        </message>
        <message numerus="yes">
            <source>not read, of no kind annotator knows: %n file(s)</source>
            <translation>
                <numerusform>не прочитаны, annotator не знает такого вида: %n файл</numerusform>
                <numerusform>не прочитаны, annotator не знает такого вида: %n файла</numerusform>
                <numerusform>не прочитаны, annotator не знает такого вида: %n файлов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>these folders hold the labels of %n annotator(s) ({names}); --annotator would make them all {name}'s: leave it out, or import one annotator's folder with it</source>
            <translation>
                <numerusform>эти папки содержат метки %n аннотатора ({names}); --annotator отдал бы их все аннотатору {name}: уберите этот параметр или импортируйте с ним папку одного аннотатора</numerusform>
                <numerusform>эти папки содержат метки %n аннотаторов ({names}); --annotator отдал бы их все аннотатору {name}: уберите этот параметр или импортируйте с ним папку одного аннотатора</numerusform>
                <numerusform>эти папки содержат метки %n аннотаторов ({names}); --annotator отдал бы их все аннотатору {name}: уберите этот параметр или импортируйте с ним папку одного аннотатора</numerusform>
            </translation>
        </message>
        <message>
            <source>document '{name}' appears again with different text (first at {first})</source>
            <translation>документ '{name}' встречается снова с другим текстом (впервые в {first})</translation>
        </message>
        <message>
            <source>annotation id '{id}' is used twice</source>
            <translation>идентификатор аннотации '{id}' использован дважды</translation>
        </message>
        <message>
            <source>document '{name}', progress of '{annotator}': no layer '{layer}' in the schema</source>
            <translation>документ '{name}', статус '{annotator}': в схеме нет слоя '{layer}'</translation>
        </message>
        <message>
            <source>document '{name}', annotation #{number}: {problem}</source>
            <translation>документ '{name}', аннотация № {number}: {problem}</translation>
        </message>
        <message>
            <source>document '{name}', {problem}</source>
            <translation>документ '{name}', {problem}</translation>
        </message>
        <message>
            <source>empty file (no JSON lines)</source>
            <translation>пустой файл (нет строк JSON)</translation>
        </message>
        <message>
            <source>invalid JSON: {reason} at column {column}</source>
            <translation>некорректный JSON: {reason} в столбце {column}</translation>
        </message>
        <message>
            <source>invalid JSON: {reason}</source>
            <translation>некорректный JSON: {reason}</translation>
        </message>
        <message>
            <source>invalid JSON: nested too deeply</source>
            <translation>некорректный JSON: слишком глубокая вложенность</translation>
        </message>
        <message>
            <source>invalid JSON: a \u escape gives half a UTF-16 surrogate pair, not a character</source>
            <translation>некорректный JSON: последовательность \u даёт половину суррогатной пары UTF-16, а не символ</translation>
        </message>
        <message>
            <source>a brat document needs {txt} and {ann} side by side; {missing} is missing</source>
            <translation>документу brat нужны файлы {txt} и {ann} в одной папке; нет файла {missing}</translation>
        </message>
        <message>
            <source>empty document (no text to annotate)</source>
            <translation>пустой документ (нет текста для разметки)</translation>
        </message>
        <message>
            <source>not imported: {source}:{line}: {what}</source>
            <translation>не импортировано: {source}:{line}: {what}</translation>
        </message>
        <message>
            <source>event {ident} ({kind}): brat events have no counterpart here; their trigger spans are imported</source>
            <translation>событие {ident} ({kind}): у событий brat здесь нет аналога; импортируются их фрагменты-триггеры</translation>
        </message>
        <message>
            <source>equivalence {what}: not held</source>
            <translation>эквивалентность {what}: не сохраняется</translation>
        </message>
        <message>
            <source>normalisation {ident} ({what}): not held</source>
            <translation>нормализация {ident} ({what}): не сохраняется</translation>
        </message>
        <message>
            <source>not a brat annotation line: {line}</source>
            <translation>это не строка аннотации brat: {line}</translation>
        </message>
        <message>
            <source>{ident}: offsets must be 'start end', got {ranges}</source>
            <translation>{ident}: смещения должны иметь вид 'начало конец', а получено {ranges}</translation>
        </message>
        <message numerus="yes">
            <source>{ident} {label}: a discontinuous span of %n fragment(s) ({ranges}); annotator spans are continuous</source>
            <translation>
                <numerusform>{ident} {label}: разрывный фрагмент из %n части ({ranges}); фрагменты в annotator непрерывны</numerusform>
                <numerusform>{ident} {label}: разрывный фрагмент из %n частей ({ranges}); фрагменты в annotator непрерывны</numerusform>
                <numerusform>{ident} {label}: разрывный фрагмент из %n частей ({ranges}); фрагменты в annotator непрерывны</numerusform>
            </translation>
        </message>
        <message>
            <source>{ident}: expected 'Name T1 [Value]', got {rest}</source>
            <translation>{ident}: ожидалось 'Имя T1 [Значение]', а получено {rest}</translation>
        </message>
        <message>
            <source>attribute {name} of {target}: only spans hold attributes</source>
            <translation>атрибут {name} элемента {target}: атрибуты бывают только у фрагментов</translation>
        </message>
        <message>
            <source>relation {ident} {kind}: its arguments are not spans</source>
            <translation>отношение {ident} {kind}: его аргументы — не фрагменты</translation>
        </message>
        <message>
            <source>relation {ident} {kind}: {source} already has a {kind} relation, and an attribute holds one</source>
            <translation>отношение {ident} {kind}: у {source} уже есть отношение {kind}, а атрибут вмещает только одно</translation>
        </message>
        <message>
            <source>note on {target}: only spans hold notes here</source>
            <translation>заметка к {target}: здесь заметки бывают только у фрагментов</translation>
        </message>
        <message>
            <source>invalid YAML front matter: {reason}</source>
            <translation>некорректный заголовок YAML (front matter): {reason}</translation>
        </message>
        <message>
            <source>invalid YAML front matter: nested too deeply</source>
            <translation>некорректный заголовок YAML (front matter): слишком глубокая вложенность</translation>
        </message>
        <message>
            <source>front matter must be a mapping of names to values</source>
            <translation>заголовок (front matter) должен сопоставлять имена значениям</translation>
        </message>
        <message>
            <source>front matter key {key} is read by YAML as {kind}, not text; put it in quotes</source>
            <translation>ключ заголовка {key} YAML читает как {kind}, а не текст; возьмите его в кавычки</translation>
        </message>
        <message>
            <source>Annotations of different annotators are aligned into units per document and layer: 'exact' pairs identical spans, 'overlap' pairs spans sharing at least one character, largest overlap first, one annotation per annotator per unit and every two members of a unit overlapping; an unmatched annotation is a unit of its own. Document-level labels (and other empty spans) pair with labels at the same offset, in creation order. Span agreement is computed per pair of annotators, only on documents where both have at least one annotation on any layer (a document someone never opened says nothing about them); with the alphabetically first annotator as reference, precision = matched / spans of the second, recall = matched / spans of the first, F1 = 2 x matched / (spans of both), which is the same in both directions, so it is already the average of the two; the layer's f1 is the mean over pairs. Attribute agreement uses the units of the chosen match mode: an annotator with no annotation in a unit, or whose annotation has no value for the attribute, is missing there, and units with fewer than two values are left out ('units' counts the rest). Text values are compared after trimming and case-folding, choices and flags as given, numbers by value (interval level for Krippendorff's alpha, nominal otherwise), and a reference by the unit its target annotation was aligned to (a target outside the data is compared by its id). Krippendorff's alpha uses the coincidence matrix; it is null when the remaining values show no variation at all (undefined, 0/0) or nothing is pairable. Fleiss' kappa is computed on the units with two or more values and is null unless all of them have the same number of values. Cohen's kappa is per pair over the units both coded. Percent agreement is the share of agreeing value pairs over all pairs in all units. A confusion matrix per choice or flag attribute and pair counts the units both annotators of the pair coded: rows the first annotator's values, columns the second's, labels in schema order (flags true, then false). The annotator 'gold' is left out unless named.</source>
            <translation>Аннотации разных аннотаторов выравниваются в единицы отдельно по каждому документу и слою: режим 'exact' объединяет одинаковые фрагменты, 'overlap' — фрагменты, имеющие хотя бы один общий символ, начиная с наибольшего перекрытия, по одной аннотации от аннотатора в единице, причём любые две аннотации единицы перекрываются; аннотация без пары образует отдельную единицу. Метки всего документа (и другие пустые фрагменты) объединяются с метками на том же смещении в порядке создания. Согласие по фрагментам считается для каждой пары аннотаторов и только по документам, где у обоих есть хотя бы одна аннотация на любом слое (документ, который кто-то не открывал, ничего о нём не говорит); эталоном служит аннотатор, первый по алфавиту: точность = совпавшие / фрагменты второго, полнота = совпавшие / фрагменты первого, F1 = 2 x совпавшие / (фрагменты обоих), что одинаково в обе стороны и потому уже является средним двух направлений; f1 слоя — среднее по парам. Согласие по атрибутам использует единицы выбранного режима сопоставления: аннотатор без аннотации в единице или с аннотацией без значения атрибута считается там отсутствующим, а единицы менее чем с двумя значениями не учитываются ('units' считает остальные). Текстовые значения сравниваются после обрезки пробелов и приведения регистра, варианты выбора и флаги — как есть, числа — по значению (интервальная шкала для альфы Криппендорфа, номинальная в остальных мерах), а ссылка — по единице, с которой выровнена её целевая аннотация (цель вне данных сравнивается по идентификатору). Альфа Криппендорфа использует матрицу совпадений; она пуста (null), если оставшиеся значения совсем не различаются (не определена, 0/0) или нечего объединять в пары. Каппа Флейса вычисляется по единицам с двумя и более значениями и пуста, если у них разное число значений. Каппа Коэна считается для каждой пары по единицам, размеченным обоими. Процент согласия — доля совпадающих пар значений среди всех пар во всех единицах. Матрица ошибок для каждого атрибута выбора или флага и каждой пары считает единицы, размеченные обоими аннотаторами пары: строки — значения первого аннотатора, столбцы — второго, метки в порядке схемы (флаги: истина, затем ложь). Аннотатор 'gold' не учитывается, если его не указать явно.</translation>
        </message>
        <message>
            <source>{folder}: could not write a backup: {error}</source>
            <translation>{folder}: не удалось записать резервную копию: {error}</translation>
        </message>
        <message>
            <source>{backup}: this is the project itself, not a backup of it</source>
            <translation>{backup}: это сам проект, а не его резервная копия</translation>
        </message>
        <message>
            <source>{backup}: not a usable backup: {error}</source>
            <translation>{backup}: эту резервную копию нельзя использовать: {error}</translation>
        </message>
        <message>
            <source>{project}: could not restore {backup}: {error}</source>
            <translation>{project}: не удалось восстановить {backup}: {error}</translation>
        </message>
        <message>
            <source>{annotator}'s {layer} {start}–{end} in '{document}' (newer in {source})</source>
            <translation>{layer} {start}–{end} (аннотатор: {annotator}) в '{document}' (новее в {source})</translation>
        </message>
        <message numerus="yes">
            <source>Merged %n file(s).</source>
            <translation>
                <numerusform>Объединён %n файл.</numerusform>
                <numerusform>Объединено %n файла.</numerusform>
                <numerusform>Объединено %n файлов.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing new: the project already had everything in these files.</source>
            <translation>Ничего нового: в проекте уже было всё, что есть в этих файлах.</translation>
        </message>
        <message>
            <source>Documents added: {number} ({names})</source>
            <translation>Добавлено документов: {number} ({names})</translation>
        </message>
        <message>
            <source>{annotator}: {added} added, {updated} updated, {unchanged} unchanged</source>
            <translation>{annotator}: добавлено {added}, обновлено {updated}, без изменений {unchanged}</translation>
        </message>
        <message>
            <source>Document statuses: {added} added, {updated} updated</source>
            <translation>Статусы документов: добавлено {added}, обновлено {updated}</translation>
        </message>
        <message>
            <source>Updated annotations ({number}):</source>
            <translation>Обновлённые аннотации ({number}):</translation>
        </message>
        <message>
            <source>… and {number} more</source>
            <translation>… и ещё {number}</translation>
        </message>
        <message numerus="yes">
            <source>Active time updated on %n document(s)</source>
            <translation>
                <numerusform>Время работы обновлено для %n документа</numerusform>
                <numerusform>Время работы обновлено для %n документов</numerusform>
                <numerusform>Время работы обновлено для %n документов</numerusform>
            </translation>
        </message>
        <message>
            <source>Work packages returned: {names}</source>
            <translation>Возвращённые пакеты работы: {names}</translation>
        </message>
        <message>
            <source>Beyond the packages' assignments ({number}):</source>
            <translation>Сверх заданий пакетов ({number}):</translation>
        </message>
        <message>
            <source>Conflicts, skipped ({number}):</source>
            <translation>Конфликты, пропущены ({number}):</translation>
        </message>
        <message>
            <source>cannot merge inside another transaction</source>
            <translation>нельзя объединять внутри другой транзакции</translation>
        </message>
        <message>
            <source>merge failed, nothing was changed: {error}</source>
            <translation>объединение не удалось, ничего не изменено: {error}</translation>
        </message>
        <message>
            <source>this is the project itself; it cannot be merged into itself</source>
            <translation>это тот же проект; его нельзя объединить с самим собой</translation>
        </message>
        <message>
            <source>this is {annotator}'s work package from another project (project {project_id}), not from {project}; merge it into the project it was made from</source>
            <translation>это пакет работы аннотатора {annotator} из другого проекта (проект {project_id}), а не из {project}; объедините его с проектом, из которого он создан</translation>
        </message>
        <message>
            <source>its schema does not fit the project {project}: the project lacks {missing} (same layers and attributes, or a subset, are needed)</source>
            <translation>его схема не подходит к проекту {project}: в проекте нет: {missing} (нужны те же слои и атрибуты или их часть)</translation>
        </message>
        <message>
            <source>layer '{layer}'</source>
            <translation>слой '{layer}'</translation>
        </message>
        <message>
            <source>attribute '{attribute}' of layer '{layer}' (or has it with another type)</source>
            <translation>атрибут '{attribute}' слоя '{layer}' (или он другого типа)</translation>
        </message>
        <message>
            <source>choice '{choice}' of attribute '{attribute}' in layer '{layer}'</source>
            <translation>вариант '{choice}' атрибута '{attribute}' в слое '{layer}'</translation>
        </message>
        <message>
            <source>cannot read for merging: {error}</source>
            <translation>не удаётся прочитать для объединения: {error}</translation>
        </message>
        <message numerus="yes">
            <source>{source}: document '{name}' has different text than the project's document of that name; skipped it and its %n annotation(s)</source>
            <translation>
                <numerusform>{source}: у документа '{name}' другой текст, чем у документа проекта с тем же именем; он пропущен вместе с %n аннотацией</numerusform>
                <numerusform>{source}: у документа '{name}' другой текст, чем у документа проекта с тем же именем; он пропущен вместе с %n аннотациями</numerusform>
                <numerusform>{source}: у документа '{name}' другой текст, чем у документа проекта с тем же именем; он пропущен вместе с %n аннотациями</numerusform>
            </translation>
        </message>
        <message>
            <source>{source}: annotation {id} ({annotator}'s {layer} in '{here}') has the same id as {other}'s annotation in '{there}' in the project; skipped</source>
            <translation>{source}: аннотация {id} ({layer}, аннотатор {annotator}, в '{here}') имеет тот же идентификатор, что и аннотация аннотатора {other} в '{there}' в проекте; пропущена</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n annotation(s) by '{annotator}', not by the package's annotator '{owner}'</source>
            <translation>
                <numerusform>{file}: %n аннотация аннотатора '{annotator}', а не аннотатора пакета '{owner}'</numerusform>
                <numerusform>{file}: %n аннотации аннотатора '{annotator}', а не аннотатора пакета '{owner}'</numerusform>
                <numerusform>{file}: %n аннотаций аннотатора '{annotator}', а не аннотатора пакета '{owner}'</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n document(s) worked on outside {owner}'s assignment: {names}</source>
            <translation>
                <numerusform>{file}: %n документ размечен вне задания аннотатора {owner}: {names}</numerusform>
                <numerusform>{file}: %n документа размечены вне задания аннотатора {owner}: {names}</numerusform>
                <numerusform>{file}: %n документов размечены вне задания аннотатора {owner}: {names}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>skipped %n SQLite companion file(s) of a project beside them (-wal/-shm/-journal, part of that project, not inputs): {names}</source>
            <translation>
                <numerusform>пропущен %n служебный файл SQLite проекта, лежащего рядом (-wal/-shm/-journal, часть того проекта, а не входные данные): {names}</numerusform>
                <numerusform>пропущено %n служебных файла SQLite проекта, лежащего рядом (-wal/-shm/-journal, часть того проекта, а не входные данные): {names}</numerusform>
                <numerusform>пропущено %n служебных файлов SQLite проекта, лежащего рядом (-wal/-shm/-journal, часть того проекта, а не входные данные): {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>not an annotator project (not an SQLite database)</source>
            <translation>это не проект annotator (не база данных SQLite)</translation>
        </message>
        <message>
            <source>cannot read: it is a folder, not a project file</source>
            <translation>не удаётся прочитать: это папка, а не файл проекта</translation>
        </message>
        <message>
            <source>no such project file</source>
            <translation>нет такого файла проекта</translation>
        </message>
        <message>
            <source>{reason}; this change was not saved</source>
            <translation>{reason}; это изменение не сохранено</translation>
        </message>
        <message>
            <source>cannot remove what is in use: {items}</source>
            <translation>нельзя удалить то, что используется: {items}</translation>
        </message>
        <message>
            <source>cannot open: {error}</source>
            <translation>не удаётся открыть: {error}</translation>
        </message>
        <message>
            <source>not a usable SQLite database</source>
            <translation>непригодная база данных SQLite</translation>
        </message>
        <message>
            <source>not a usable SQLite database ({error})</source>
            <translation>непригодная база данных SQLite ({error})</translation>
        </message>
        <message>
            <source>not an annotator project (another program's SQLite database)</source>
            <translation>это не проект annotator (база данных SQLite другой программы)</translation>
        </message>
        <message>
            <source>written by a newer version of annotator (layout '{layout}'); update annotator to open it</source>
            <translation>записан более новой версией annotator (формат '{layout}'); обновите annotator, чтобы открыть его</translation>
        </message>
        <message>
            <source>made by an older version of annotator: open it once in annotator to upgrade it, then try again</source>
            <translation>создан более старой версией annotator: откройте его один раз в annotator, чтобы обновить, и попробуйте снова</translation>
        </message>
        <message>
            <source>the project has no schema (damaged file?)</source>
            <translation>в проекте нет схемы (повреждённый файл?)</translation>
        </message>
        <message>
            <source>cannot write: {error}</source>
            <translation>не удаётся записать: {error}</translation>
        </message>
        <message>
            <source>the disk is full (or the project reached its size limit)</source>
            <translation>диск заполнен (или проект достиг предельного размера)</translation>
        </message>
        <message>
            <source>the project file or its folder is read-only (annotator saves every edit at once, so it needs write access to both)</source>
            <translation>файл проекта или его папка доступны только для чтения (annotator сразу сохраняет каждое изменение, поэтому ему нужен доступ на запись к обоим)</translation>
        </message>
        <message>
            <source>another program (another annotator window or command?) is writing to the project and did not finish within {seconds} s; try again when it is done</source>
            <translation>другая программа (другое окно annotator или команда?) записывает в проект и не закончила за {seconds} с; попробуйте снова, когда она закончит</translation>
        </message>
        <message>
            <source>the disk could not be read or written ({error})</source>
            <translation>не удалось прочитать диск или записать на него ({error})</translation>
        </message>
        <message>
            <source>{damaged} ({error})</source>
            <translation>{damaged} ({error})</translation>
        </message>
        <message>
            <source>the file is damaged</source>
            <translation>файл повреждён</translation>
        </message>
        <message>
            <source>the file cannot be opened ({error}); was it moved or deleted?</source>
            <translation>не удаётся открыть файл ({error}); его переместили или удалили?</translation>
        </message>
        <message>
            <source>permission denied ({error})</source>
            <translation>доступ запрещён ({error})</translation>
        </message>
        <message>
            <source>layer '{layer}', attribute '{attribute}', choice '{choice}' is used by {number} annotation(s)</source>
            <translation>слой '{layer}', атрибут '{attribute}', вариант '{choice}' — число использующих аннотаций: {number}</translation>
        </message>
        <message>
            <source>layer '{layer}', attribute '{attribute}' is used by {number} annotation(s)</source>
            <translation>слой '{layer}', атрибут '{attribute}' — число использующих аннотаций: {number}</translation>
        </message>
        <message>
            <source>layer '{layer}' is used by {number} annotation(s)</source>
            <translation>слой '{layer}' — число использующих аннотаций: {number}</translation>
        </message>
        <message>
            <source>done</source>
            <translation>готово</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>в работе</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>не начато</translation>
        </message>
        <message>
            <source>documents</source>
            <translation>документы</translation>
        </message>
        <message>
            <source>active minutes per document</source>
            <translation>минуты активной работы на документ</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>н/д</translation>
        </message>
        <message>
            <source>span F1 (layers) · Krippendorff's alpha (attributes)</source>
            <translation>F1 фрагментов (слои) · альфа Криппендорфа (атрибуты)</translation>
        </message>
        <message>
            <source>all documents (the project has no work packages)</source>
            <translation>все документы (в проекте нет пакетов работы)</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) assigned to more than one annotator and worked on by at least two of them; on each, only the labels of the annotators assigned to it</source>
            <translation>
                <numerusform>%n документ, назначенный нескольким аннотаторам и размеченный хотя бы двумя из них; в каждом только метки аннотаторов, которым он назначен</numerusform>
                <numerusform>%n документа, назначенных нескольким аннотаторам и размеченных хотя бы двумя из них; в каждом только метки аннотаторов, которым он назначен</numerusform>
                <numerusform>%n документов, назначенных нескольким аннотаторам и размеченных хотя бы двумя из них; в каждом только метки аннотаторов, которым он назначен</numerusform>
            </translation>
        </message>
        <message>
            <source>Team report: {project}</source>
            <translation>Отчёт команды: {project}</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Ход работы</translation>
        </message>
        <message>
            <source>Active minutes per document</source>
            <translation>Минуты активной работы на документ</translation>
        </message>
        <message>
            <source>Active time: the document open and the window active; a stretch of more than two minutes without input is left out.</source>
            <translation>Активное время: документ открыт, а окно активно; промежутки дольше двух минут без ввода не учитываются.</translation>
        </message>
        <message>
            <source>No active time recorded yet (the window records it).</source>
            <translation>Активное время ещё не записано (его записывает окно программы).</translation>
        </message>
        <message>
            <source>Compared: {scope}.</source>
            <translation>Сравнивались: {scope}.</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <source>Made {when} by annotator.</source>
            <translation>Создано {when} в annotator.</translation>
        </message>
        <message>
            <source>Nobody has worked on this project yet.</source>
            <translation>Над этим проектом ещё никто не работал.</translation>
        </message>
        <message>
            <source>Time per document</source>
            <translation>Время на документ</translation>
        </message>
        <message>
            <source>Confusion between annotators</source>
            <translation>Расхождения между аннотаторами</translation>
        </message>
        <message>
            <source>No choice or flag values coded by two annotators yet.</source>
            <translation>Пока нет значений выбора или флагов, размеченных двумя аннотаторами.</translation>
        </message>
        <message>
            <source>{pairs} pairs: shown are all pairs pooled and the {least} agreeing least; every pair is in {command}.</source>
            <translation>Пар: {pairs}; показаны все пары вместе и {least} наименее согласных; каждая пара есть в {command}.</translation>
        </message>
        <message>
            <source>Rows: the first annotator of the pair (alphabetically), columns: the second; counts over units both coded.</source>
            <translation>Строки: первый аннотатор пары (по алфавиту), столбцы: второй; счёт по единицам, размеченным обоими.</translation>
        </message>
        <message>
            <source>How agreement is computed</source>
            <translation>Как считается согласие</translation>
        </message>
        <message>
            <source>annotator</source>
            <translation>аннотатор</translation>
        </message>
        <message>
            <source>assigned</source>
            <translation>назначено</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>возвращено</translation>
        </message>
        <message>
            <source>active time</source>
            <translation>активное время</translation>
        </message>
        <message>
            <source>median per document</source>
            <translation>медиана на документ</translation>
        </message>
        <message>
            <source>{layer}: span F1</source>
            <translation>{layer}: F1 фрагментов</translation>
        </message>
        <message>
            <source>{layer}.{attribute}: alpha</source>
            <translation>{layer}.{attribute}: альфа</translation>
        </message>
        <message>
            <source>measure</source>
            <translation>мера</translation>
        </message>
        <message>
            <source>value</source>
            <translation>значение</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} ч {minutes} мин</translation>
        </message>
        <message>
            <source>{minutes} min {seconds} s</source>
            <translation>{minutes} мин {seconds} с</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} с</translation>
        </message>
        <message>
            <source>expected a string, got {value}</source>
            <translation>ожидалась строка, получено {value}</translation>
        </message>
        <message>
            <source>{value} is not one of {choices}</source>
            <translation>{value} не входит в варианты: {choices}</translation>
        </message>
        <message>
            <source>expected a number, got {value}</source>
            <translation>ожидалось число, получено {value}</translation>
        </message>
        <message>
            <source>expected a finite number, got {value}</source>
            <translation>ожидалось конечное число, получено {value}</translation>
        </message>
        <message>
            <source>expected true or false, got {value}</source>
            <translation>ожидалось true или false, получено {value}</translation>
        </message>
        <message>
            <source>expected a date as YYYY-MM-DD, got {value}</source>
            <translation>ожидалась дата в виде ГГГГ-ММ-ДД, получено {value}</translation>
        </message>
        <message>
            <source>unknown layer '{layer}' (the schema has: {known})</source>
            <translation>неизвестный слой '{layer}' (в схеме есть: {known})</translation>
        </message>
        <message>
            <source>layer '{layer}' labels whole documents: start and end must be 0</source>
            <translation>слой '{layer}' размечает документы целиком: начало и конец должны быть 0</translation>
        </message>
        <message>
            <source>offsets {start}-{end} are not a non-empty span inside the text (0-{length} code points)</source>
            <translation>смещения {start}-{end} не задают непустой фрагмент внутри текста (0-{length} символов)</translation>
        </message>
        <message>
            <source>attribute '{attribute}' refers to '{target}', which is not an annotation in this document</source>
            <translation>атрибут '{attribute}' ссылается на '{target}', но это не аннотация в этом документе</translation>
        </message>
        <message>
            <source>attribute '{attribute}' must refer to a {layers} annotation, not {target}</source>
            <translation>атрибут '{attribute}' должен ссылаться на аннотацию слоя {layers}, а не {target}</translation>
        </message>
        <message>
            <source>annotation #{number}: {problem}</source>
            <translation>аннотация № {number}: {problem}</translation>
        </message>
        <message>
            <source>each line must be a JSON object with "name" and "text"</source>
            <translation>каждая строка должна быть объектом JSON с "name" и "text"</translation>
        </message>
        <message>
            <source>unknown key '{key}' (expected name, text, meta, annotations, progress)</source>
            <translation>неизвестный ключ '{key}' (ожидались name, text, meta, annotations, progress)</translation>
        </message>
        <message>
            <source>"name" must be a non-empty string</source>
            <translation>"name" должно быть непустой строкой</translation>
        </message>
        <message>
            <source>document '{name}': "text" must be a non-empty string</source>
            <translation>документ '{name}': "text" должно быть непустой строкой</translation>
        </message>
        <message>
            <source>document '{name}': "meta" must be an object</source>
            <translation>документ '{name}': "meta" должно быть объектом</translation>
        </message>
        <message>
            <source>document '{name}': "annotations" must be a list</source>
            <translation>документ '{name}': "annotations" должно быть списком</translation>
        </message>
        <message>
            <source>document '{name}': "progress" must be a list</source>
            <translation>документ '{name}': "progress" должно быть списком</translation>
        </message>
        <message>
            <source>document '{name}': progress of '{annotator}' is given twice</source>
            <translation>документ '{name}': статус '{annotator}' указан дважды</translation>
        </message>
        <message>
            <source>progress #{number}</source>
            <translation>запись progress № {number}</translation>
        </message>
        <message>
            <source>{where} must be an object</source>
            <translation>{where} должна быть объектом</translation>
        </message>
        <message>
            <source>{where}: unknown key '{key}'</source>
            <translation>{where}: неизвестный ключ '{key}'</translation>
        </message>
        <message>
            <source>{where}: "annotator" must be a non-empty string</source>
            <translation>{where}: "annotator" должно быть непустой строкой</translation>
        </message>
        <message>
            <source>{where}: "status" must be one of {values}</source>
            <translation>{where}: "status" должно быть одним из: {values}</translation>
        </message>
        <message>
            <source>{where}: "none_present" must be a list of layer names</source>
            <translation>{where}: "none_present" должно быть списком имён слоёв</translation>
        </message>
        <message>
            <source>{where}: "{key}" must be a string</source>
            <translation>{where}: "{key}" должно быть строкой</translation>
        </message>
        <message>
            <source>{where}: "active_seconds" must be a number of seconds, 0 or more</source>
            <translation>{where}: "active_seconds" должно быть числом секунд, 0 или больше</translation>
        </message>
        <message>
            <source>annotation #{number}</source>
            <translation>аннотация № {number}</translation>
        </message>
        <message>
            <source>{where}: "{key}" must be an integer (code point offset)</source>
            <translation>{where}: "{key}" должно быть целым числом (смещение в символах)</translation>
        </message>
        <message>
            <source>{where}: "attributes" must be an object</source>
            <translation>{where}: "attributes" должно быть объектом</translation>
        </message>
        <message>
            <source>{where}: "origin" must be one of {values}</source>
            <translation>{where}: "origin" должно быть одним из: {values}</translation>
        </message>
        <message>
            <source>an empty JSON array (no records)</source>
            <translation>пустой массив JSON (нет записей)</translation>
        </message>
        <message>
            <source>empty file (no JSON records)</source>
            <translation>пустой файл (нет записей JSON)</translation>
        </message>
        <message>
            <source>each record must be a JSON object with "text"</source>
            <translation>каждая запись должна быть объектом JSON с "text"</translation>
        </message>
        <message>
            <source>"text" must be a non-empty string</source>
            <translation>"text" должно быть непустой строкой</translation>
        </message>
        <message>
            <source>{where}: the record names '{own}', but its labels are no longer those annotator's export wrote for '{own}' (changed in doccano?): read as the labels of '{annotator}', and '{own}' kept as the document's metadata</source>
            <translation>{where}: запись называет '{own}', но её метки уже не те, что экспорт annotator записал для '{own}' (изменены в doccano?): прочитаны как метки '{annotator}', а '{own}' сохранено в метаданных документа</translation>
        </message>
        <message>
            <source>"{key}" must be a list</source>
            <translation>"{key}" должно быть списком</translation>
        </message>
        <message>
            <source>{key} #{number} must be [start, end, "LABEL"], got {got}</source>
            <translation>{key} № {number} должно иметь вид [start, end, "LABEL"], получено {got}</translation>
        </message>
        <message>
            <source>{key} #{number} must be [start, end, "LABEL"] or "LABEL", got {got}</source>
            <translation>{key} № {number} должно иметь вид [start, end, "LABEL"] или "LABEL", получено {got}</translation>
        </message>
        <message>
            <source>annotations #{number} must be an object with "label"</source>
            <translation>annotations № {number} должно быть объектом с "label"</translation>
        </message>
        <message>
            <source>annotations #{number}: offsets must be integers</source>
            <translation>annotations № {number}: смещения должны быть целыми числами</translation>
        </message>
        <message>
            <source>"cats" must be a list of labels or an object of label scores</source>
            <translation>"cats" должно быть списком меток или объектом с оценками меток</translation>
        </message>
        <message>
            <source>relations #{number} must be an object</source>
            <translation>relations № {number} должно быть объектом</translation>
        </message>
        <message>
            <source>relations #{number}: "type" must be a non-empty string</source>
            <translation>relations № {number}: "type" должно быть непустой строкой</translation>
        </message>
        <message>
            <source>relations #{number}: no entity with id {id}</source>
            <translation>relations № {number}: нет сущности с идентификатором {id}</translation>
        </message>
        <message>
            <source>not imported: {document}: relation #{number} '{kind}' ({source} -&gt; {target}): entity {source} already has a '{kind}' relation, and an attribute holds one</source>
            <translation>не импортировано: {document}: отношение № {number} '{kind}' ({source} -&gt; {target}): у сущности {source} уже есть отношение '{kind}', а атрибут вмещает только одно</translation>
        </message>
        <message>
            <source>an empty list of tasks</source>
            <translation>пустой список задач</translation>
        </message>
        <message>
            <source>task #{number}</source>
            <translation>задача № {number}</translation>
        </message>
        <message>
            <source>{where}: {reason}</source>
            <translation>{where}: {reason}</translation>
        </message>
        <message>
            <source>not imported: {path}: {where}: {what}</source>
            <translation>не импортировано: {path}: {where}: {what}</translation>
        </message>
        <message>
            <source>each task must be an object with "data"</source>
            <translation>каждая задача должна быть объектом с "data"</translation>
        </message>
        <message>
            <source>"data" holds no text</source>
            <translation>в "data" нет текста</translation>
        </message>
        <message>
            <source>task {id}</source>
            <translation>задача {id}</translation>
        </message>
        <message>
            <source>"data" holds no text, only links to files ({keys}): annotator labels texts, not images, audio or video</source>
            <translation>"data" не содержит текста, только ссылки на файлы ({keys}): annotator размечает тексты, а не изображения, звук или видео</translation>
        </message>
        <message>
            <source>each of "{key}" must be an object</source>
            <translation>каждый элемент "{key}" должен быть объектом</translation>
        </message>
        <message>
            <source>a cancelled annotation (id {id})</source>
            <translation>отменённая аннотация (id {id})</translation>
        </message>
        <message>
            <source>each result must be an object</source>
            <translation>каждый результат (result) должен быть объектом</translation>
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
            <translation>результат с метками без смещений ({result})</translation>
        </message>
        <message>
            <source>a '{kind}' result ({name}): not text labels</source>
            <translation>результат типа '{kind}' ({name}): это не метки текста</translation>
        </message>
        <message>
            <source>relation {source} -&gt; {target}: its regions are not spans</source>
            <translation>отношение {source} -&gt; {target}: его области — не фрагменты</translation>
        </message>
        <message>
            <source>relation '{label}' {source} -&gt; {target}: one per span is held</source>
            <translation>отношение '{label}' {source} -&gt; {target}: сохраняется одно на фрагмент</translation>
        </message>
        <message>
            <source>{result}: {error}</source>
            <translation>{result}: {error}</translation>
        </message>
        <message>
            <source>the file says the span {start}-{end} is {claimed}, but the text there is {actual} (in code points or UTF-16 units alike)</source>
            <translation>в файле сказано, что фрагмент {start}-{end} — это {claimed}, но в тексте там {actual} (и в символах, и в единицах UTF-16)</translation>
        </message>
        <message>
            <source>{source}: document '{document}': {number} span(s) counted in UTF-16 units, converted to code points (the file's span texts match after conversion)</source>
            <translation>{source}: документ '{document}': фрагменты, отсчитанные в единицах UTF-16 (количество: {number}), пересчитаны в кодовые точки (тексты фрагментов из файла совпадают после пересчёта)</translation>
        </message>
        <message>
            <source>chain layer {layer}</source>
            <translation>слой цепочек {layer}</translation>
        </message>
        <message>
            <source>slot feature {feature}</source>
            <translation>признак слота {feature}</translation>
        </message>
        <message>
            <source>not a WebAnno TSV token line: {line}</source>
            <translation>это не строка токена WebAnno TSV: {line}</translation>
        </message>
        <message>
            <source>token {token}: offsets {offsets} are not BEGIN-END</source>
            <translation>токен {token}: смещения {offsets} не в виде НАЧАЛО-КОНЕЦ</translation>
        </message>
        <message>
            <source>no token lines (a WebAnno TSV file holds at least one sentence)</source>
            <translation>нет строк токенов (файл WebAnno TSV содержит хотя бы одно предложение)</translation>
        </message>
        <message>
            <source>token {token} says {claimed} at {bounds} (UTF-16), but the text there is {found}</source>
            <translation>токен {token} указывает {claimed} на позициях {bounds} (UTF-16), но текст там — {found}</translation>
        </message>
        <message>
            <source>relation source {address} is not a token address</source>
            <translation>источник отношения {address} — не адрес токена</translation>
        </message>
        <message>
            <source>a zero-width {layer} at {offset} (annotator spans cover at least one character)</source>
            <translation>пустой фрагмент слоя {layer} на позиции {offset} (фрагменты в annotator охватывают хотя бы один символ)</translation>
        </message>
        <message>
            <source>relation {kind}: no span at one end</source>
            <translation>отношение {kind}: на одном из концов нет фрагмента</translation>
        </message>
        <message>
            <source>a second {kind} from one span</source>
            <translation>второе отношение {kind} от одного фрагмента</translation>
        </message>
        <message>
            <source>the feature values of relation {kind} ({values})</source>
            <translation>значения признаков отношения {kind} ({values})</translation>
        </message>
        <message>
            <source>{source}: UTF-16 offsets converted to code points ({number} astral character(s) in the text)</source>
            <translation>{source}: смещения UTF-16 пересчитаны в кодовые точки (символов вне BMP в тексте: {number})</translation>
        </message>
        <message>
            <source>sentence starts at {start}, inside the one before it</source>
            <translation>предложение начинается на позиции {start}, внутри предыдущего</translation>
        </message>
        <message>
            <source>its package record is damaged ({error})</source>
            <translation>его запись о пакете повреждена ({error})</translation>
        </message>
        <message>
            <source>already exists; choose another folder</source>
            <translation>уже существует; выберите другую папку</translation>
        </message>
        <message>
            <source>cannot write packages inside another transaction</source>
            <translation>нельзя записать пакеты внутри другой транзакции</translation>
        </message>
        <message>
            <source>cannot write the package: {error}</source>
            <translation>не удаётся записать пакет: {error}</translation>
        </message>
        <message>
            <source>no suggestion with id {id}</source>
            <translation>нет подсказки с идентификатором {id}</translation>
        </message>
        <message>
            <source>suggestion {id} is {status}, not {expected}</source>
            <translation>подсказка {id} в состоянии {status}, а не {expected}</translation>
        </message>
        <message>
            <source>accepting a suggestion needs an annotator name</source>
            <translation>чтобы принять подсказку, нужно имя аннотатора</translation>
        </message>
        <message>
            <source>name at least one annotator</source>
            <translation>укажите хотя бы одного аннотатора</translation>
        </message>
        <message>
            <source>annotator '{name}' is named twice</source>
            <translation>аннотатор '{name}' указан дважды</translation>
        </message>
        <message>
            <source>--overlap must be between 0 and 1 (got {value})</source>
            <translation>--overlap должен быть от 0 до 1 (получено {value})</translation>
        </message>
        <message>
            <source>--per-document must be between 1 and the number of annotators ({number})</source>
            <translation>--per-document должен быть от 1 до числа аннотаторов ({number})</translation>
        </message>
        <message>
            <source>give either --overlap or --per-document, not both</source>
            <translation>укажите либо --overlap, либо --per-document, но не оба</translation>
        </message>
        <message>
            <source>an overlap needs at least two annotators</source>
            <translation>для перекрытия нужны хотя бы два аннотатора</translation>
        </message>
        <message>
            <source>--annotators: an empty name (two commas in a row?)</source>
            <translation>--annotators: пустое имя (две запятые подряд?)</translation>
        </message>
        <message>
            <source>--annotators: '{name}' is reserved for adjudicated labels</source>
            <translation>--annotators: имя '{name}' зарезервировано для согласованных меток</translation>
        </message>
        <message>
            <source>--annotators: '{name}' cannot name a file (letters, digits, '.', '-' and '_' only, starting with a letter or digit)</source>
            <translation>--annotators: '{name}' не годится как имя файла (только буквы, цифры, '.', '-' и '_', в начале буква или цифра)</translation>
        </message>
        <message>
            <source>--annotators: '{name}' is named twice</source>
            <translation>--annotators: '{name}' указан дважды</translation>
        </message>
        <message>
            <source>no unassigned documents to hand out</source>
            <translation>нет нераспределённых документов для раздачи</translation>
        </message>
        <message>
            <source>no documents to hand out</source>
            <translation>нет документов для раздачи</translation>
        </message>
        <message>
            <source>{number} label(s) the project does not know: {labels}; the project's layers: {layers}. Add them as layers with --add-layers, or rename them in the file</source>
            <translation>метки, неизвестные проекту (количество: {number}): {labels}; слои проекта: {layers}. Добавьте их как слои (--add-layers) или переименуйте их в файле</translation>
        </message>
        <message>
            <source>cannot add the file's labels to the schema: {reason}</source>
            <translation>не удаётся добавить метки из файла в схему: {reason}</translation>
        </message>
        <message>
            <source>cannot write here: {reason}</source>
            <translation>не удаётся записать сюда: {reason}</translation>
        </message>
        <message>
            <source>is a folder; give a file name to write to</source>
            <translation>это папка; укажите имя файла для записи</translation>
        </message>
        <message>
            <source>is the project file itself; give another file name to write to</source>
            <translation>это сам файл проекта; укажите другое имя файла для записи</translation>
        </message>
        <message>
            <source>exists and is not an empty folder; give a new folder name to write to</source>
            <translation>уже существует и не является пустой папкой; укажите новое имя папки для записи</translation>
        </message>
        <message>
            <source>no document with id {id}</source>
            <extracomment>SQL: the columns of a list row that edits change, for document ``d``, status row ``s``; the first parameter is the annotator whose labels are counted.</extracomment>
            <translation>нет документа с идентификатором {id}</translation>
        </message>
        <message>
            <source>not a list of annotator folders written by annotator (it has no "annotator_folders" version)</source>
            <translation>это не список папок аннотаторов, записанный программой annotator (нет версии "annotator_folders")</translation>
        </message>
        <message>
            <source>"annotator_folders" must be 1, not {value}</source>
            <translation>"annotator_folders" должно быть 1, а не {value}</translation>
        </message>
        <message>
            <source>written by a newer annotator (layout version {version}; this one reads version {known}): update annotator to import this folder</source>
            <translation>записано более новой версией annotator (версия структуры {version}; эта читает версию {known}): обновите annotator, чтобы импортировать эту папку</translation>
        </message>
        <message>
            <source>"folders" must map each folder to its annotator's name</source>
            <translation>"folders" должно сопоставлять каждой папке имя её аннотатора</translation>
        </message>
        <message>
            <source>{part} is named twice</source>
            <translation>{part} указано дважды</translation>
        </message>
        <message>
            <source>{part}: the annotator must be a name, not {value}</source>
            <translation>{part}: аннотатор должен быть именем, а не {value}</translation>
        </message>
        <message>
            <source>{part}: name a folder or file beside this file, without a path</source>
            <translation>{part}: укажите папку или файл рядом с этим файлом, без пути</translation>
        </message>
        <message>
            <source>{part}: no such folder or file here</source>
            <translation>{part}: здесь нет такой папки или файла</translation>
        </message>
        <message>
            <source>"." (this whole folder) cannot be named beside its subfolders</source>
            <translation>"." (всю эту папку) нельзя указывать рядом с её подпапками</translation>
        </message>
        <message>
            <source>"documents" must map each file to its document's name</source>
            <translation>"documents" должен сопоставлять каждому файлу имя его документа</translation>
        </message>
        <message>
            <source>{file}: the document must be a name, not {value}</source>
            <translation>{file}: у документа должно быть имя, а не {value}</translation>
        </message>
        <message>
            <source>{file}: name a file, without a path</source>
            <translation>{file}: укажите имя файла, без пути</translation>
        </message>
        <message>
            <source>{manifest} names no annotator for {part}: add it there, or import this folder on its own (with --annotator)</source>
            <translation>{manifest} не называет аннотатора для {part}: добавьте его туда или импортируйте эту папку отдельно (с --annotator)</translation>
        </message>
        <message>
            <source>plain text</source>
            <translation>обычный текст</translation>
        </message>
        <message>
            <source>INCEpTION's binary CAS</source>
            <translation>двоичный CAS INCEpTION</translation>
        </message>
        <message>
            <source>a TSV other than WebAnno TSV 3</source>
            <translation>TSV, но не WebAnno TSV 3</translation>
        </message>
        <message>
            <source>cannot read this zip file ({reason})</source>
            <translation>не удаётся прочитать этот zip-файл ({reason})</translation>
        </message>
        <message>
            <source>this zip file holds no exportedproject.json: it is not an INCEpTION project export</source>
            <translation>в этом zip-файле нет exportedproject.json: это не экспорт проекта INCEpTION</translation>
        </message>
        <message>
            <source>this INCEpTION project export holds no annotation files that annotator reads (annotation/&lt;document&gt;/&lt;user&gt;.tsv): export the project again in INCEpTION with "{format}" as the format</source>
            <extracomment>NFC form of each document name -&gt; the name: a zip made on a Mac or a copy through another file system may spell a folder "Zoë" decomposed while exportedproject.json has it composed; the two look identical to the user.</extracomment>
            <translation>в этом экспорте проекта INCEpTION нет файлов разметки, которые читает annotator (annotation/&lt;document&gt;/&lt;user&gt;.tsv): экспортируйте проект в INCEpTION ещё раз в формате "{format}"</translation>
        </message>
        <message>
            <source>a curation file other than {name}: annotator does not know whose it is</source>
            <translation>файл курирования, отличный от {name}: annotator не знает, чей он</translation>
        </message>
        <message numerus="yes">
            <source>this INCEpTION project holds the labels of %n annotator(s) ({names}); --annotator would make them all {name}'s: leave it out</source>
            <translation>
                <numerusform>этот проект INCEpTION содержит метки %n аннотатора ({names}); --annotator отдал бы их все аннотатору {name}: не указывайте его</numerusform>
                <numerusform>этот проект INCEpTION содержит метки %n аннотаторов ({names}); --annotator отдал бы их все аннотатору {name}: не указывайте его</numerusform>
                <numerusform>этот проект INCEpTION содержит метки %n аннотаторов ({names}); --annotator отдал бы их все аннотатору {name}: не указывайте его</numerusform>
            </translation>
        </message>
        <message>
            <source>document '{name}' has no annotation file (annotation/{name}/): export the project again in INCEpTION with "{format}" as the format</source>
            <translation>у документа '{name}' нет файла разметки (annotation/{name}/): экспортируйте проект в INCEpTION ещё раз в формате "{format}"</translation>
        </message>
        <message numerus="yes">
            <source>not imported: {source}: %n label(s) of the document as uploaded ({initial}), before anyone annotated it</source>
            <translation>
                <numerusform>не импортировано: {source}: %n метка документа в загруженном виде ({initial}), до того как его кто-либо разметил</numerusform>
                <numerusform>не импортировано: {source}: %n метки документа в загруженном виде ({initial}), до того как его кто-либо разметил</numerusform>
                <numerusform>не импортировано: {source}: %n меток документа в загруженном виде ({initial}), до того как его кто-либо разметил</numerusform>
            </translation>
        </message>
        <message>
            <source>the text of document '{name}' differs from the one in {other}</source>
            <translation>текст документа '{name}' отличается от текста в {other}</translation>
        </message>
        <message>
            <source>annotator reads the annotations of an INCEpTION project export in WebAnno TSV 3 only, and this file is {kind}: export the project again in INCEpTION with "{format}" as the format</source>
            <translation>annotator читает разметку экспорта проекта INCEpTION только в формате WebAnno TSV 3, а этот файл — {kind}: экспортируйте проект в INCEpTION ещё раз в формате "{format}"</translation>
        </message>
        <message>
            <source>not where an INCEpTION project export puts a file (annotation/&lt;document&gt;/&lt;user file&gt;)</source>
            <translation>не там, где экспорт проекта INCEpTION размещает файлы (annotation/&lt;document&gt;/&lt;user file&gt;)</translation>
        </message>
        <message>
            <source>{project} lists no document '{name}'</source>
            <translation>в {project} нет документа '{name}'</translation>
        </message>
        <message>
            <source>{project} names no user of document '{name}' whose file this is (its users: {users})</source>
            <translation>в {project} нет пользователя документа '{name}', которому принадлежал бы этот файл (его пользователи: {users})</translation>
        </message>
        <message>
            <source>this file could be the annotations of {first} or of {second} ({project} lists both for document '{name}')</source>
            <translation>этот файл может быть разметкой {first} или {second} ({project} указывает обоих для документа '{name}')</translation>
        </message>
        <message>
            <source>not UTF-8 (byte {offset})</source>
            <translation>не UTF-8 (байт {offset})</translation>
        </message>
        <message>
            <source>not an INCEpTION project description (it has no "source_documents" and "annotation_documents" lists)</source>
            <translation>это не описание проекта INCEpTION (нет списков "source_documents" и "annotation_documents")</translation>
        </message>
        <message>
            <source>a source document without a "name"</source>
            <translation>исходный документ без "name"</translation>
        </message>
        <message>
            <source>an annotation document without a "name" and a "user"</source>
            <translation>документ разметки без "name" и "user"</translation>
        </message>
        <message numerus="yes">
            <source>{where}: %n label(s) of '{gold}' imported as the annotator '{imported}': gold labels are made by review decisions, which files do not hold; accept them into gold in Review → Disagreements</source>
            <translation>
                <numerusform>{where}: %n метка '{gold}' импортирована как аннотатор '{imported}': эталонные метки создаются решениями проверки, которых в файлах нет; примите их в эталон в Проверка → Расхождения</numerusform>
                <numerusform>{where}: %n метки '{gold}' импортированы как аннотатор '{imported}': эталонные метки создаются решениями проверки, которых в файлах нет; примите их в эталон в Проверка → Расхождения</numerusform>
                <numerusform>{where}: %n меток '{gold}' импортированы как аннотатор '{imported}': эталонные метки создаются решениями проверки, которых в файлах нет; примите их в эталон в Проверка → Расхождения</numerusform>
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
            <translation>&amp;Новый проект…</translation>
        </message>
        <message>
            <source>&amp;Open project…</source>
            <translation>&amp;Открыть проект…</translation>
        </message>
        <message>
            <source>Recent projects</source>
            <translation>Недавние проекты</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Экспорт в &amp;CSV…</translation>
        </message>
        <message>
            <source>Export &amp;JSONL…</source>
            <translation>Экспорт в &amp;JSONL…</translation>
        </message>
        <message>
            <source>&amp;Restore backup…</source>
            <translation>&amp;Восстановить из резервной копии…</translation>
        </message>
        <message>
            <source>S&amp;witch annotator…</source>
            <translation>С&amp;менить аннотатора…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>&amp;Delete annotation</source>
            <translation>&amp;Удалить аннотацию</translation>
        </message>
        <message>
            <source>Grow span end by a word</source>
            <translation>Расширить конец фрагмента на слово</translation>
        </message>
        <message>
            <source>Shrink span end by a word</source>
            <translation>Сократить конец фрагмента на слово</translation>
        </message>
        <message>
            <source>Grow span start by a word</source>
            <translation>Расширить начало фрагмента на слово</translation>
        </message>
        <message>
            <source>Shrink span start by a word</source>
            <translation>Сократить начало фрагмента на слово</translation>
        </message>
        <message>
            <source>&amp;Find in text…</source>
            <translation>&amp;Найти в тексте…</translation>
        </message>
        <message>
            <source>&amp;Annotate</source>
            <translation>&amp;Разметка</translation>
        </message>
        <message>
            <source>Tag selection as {layer}</source>
            <translation>Разметить выделенное как: {layer}</translation>
        </message>
        <message>
            <source>Next annotation</source>
            <translation>Следующая аннотация</translation>
        </message>
        <message>
            <source>Previous annotation</source>
            <translation>Предыдущая аннотация</translation>
        </message>
        <message>
            <source>Back to the text</source>
            <translation>Вернуться к тексту</translation>
        </message>
        <message>
            <source>&amp;Edit attributes of the selected annotation (Enter in the text)</source>
            <translation>&amp;Изменить атрибуты выбранной аннотации (Enter в тексте)</translation>
        </message>
        <message>
            <source>&amp;None present</source>
            <translation>&amp;В тексте нет</translation>
        </message>
        <message>
            <source>No {layer} in this document</source>
            <translation>{layer}: в этом документе нет</translation>
        </message>
        <message>
            <source>&amp;Mark document done</source>
            <translation>Отметить документ как &amp;готовый</translation>
        </message>
        <message>
            <source>&amp;Next document</source>
            <translation>&amp;Следующий документ</translation>
        </message>
        <message>
            <source>&amp;Previous document</source>
            <translation>&amp;Предыдущий документ</translation>
        </message>
        <message>
            <source>Next &amp;unfinished document</source>
            <translation>Следующий &amp;незавершённый документ</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>&amp;Системная</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Светлая</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Тёмная</translation>
        </message>
        <message>
            <source>&amp;Snap selections to whole words</source>
            <translation>&amp;Выделять целыми словами</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Увеличить</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>У&amp;меньшить</translation>
        </message>
        <message>
            <source>Filter documents</source>
            <translation>Фильтр документов</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>&amp;Проверка</translation>
        </message>
        <message>
            <source>&amp;Disagreements…</source>
            <translation>&amp;Расхождения…</translation>
        </message>
        <message>
            <source>&amp;Agreement report…</source>
            <translation>Отчёт о &amp;согласии…</translation>
        </message>
        <message>
            <source>&amp;Team dashboard…</source>
            <translation>&amp;Панель команды…</translation>
        </message>
        <message>
            <source>&amp;Merge annotator projects…</source>
            <translation>&amp;Объединить проекты аннотаторов…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <source>Annotation &amp;guidelines</source>
            <translation>&amp;Инструкция по разметке</translation>
        </message>
        <message>
            <source>&amp;About annotator</source>
            <translation>&amp;О программе annotator</translation>
        </message>
        <message>
            <source>Close find</source>
            <translation>Закрыть поиск</translation>
        </message>
        <message>
            <source>S&amp;uggestions</source>
            <translation>Подска&amp;зки</translation>
        </message>
        <message>
            <source>&amp;Accept suggestion at caret</source>
            <translation>&amp;Принять подсказку у курсора</translation>
        </message>
        <message>
            <source>&amp;Reject suggestion at caret</source>
            <translation>&amp;Отклонить подсказку у курсора</translation>
        </message>
        <message>
            <source>&amp;Next suggestion</source>
            <translation>&amp;Следующая подсказка</translation>
        </message>
        <message>
            <source>&amp;Previous suggestion</source>
            <translation>П&amp;редыдущая подсказка</translation>
        </message>
        <message>
            <source>Accept all: {layer}</source>
            <translation>Принять все: {layer}</translation>
        </message>
        <message>
            <source>Show: {layer}</source>
            <translation>Показывать: {layer}</translation>
        </message>
        <message>
            <source>Suggest for this &amp;document</source>
            <translation>Подсказки для этого &amp;документа</translation>
        </message>
    </context>
    <context>
        <name>AgreementTab</name>
        <message>
            <source>Krippendorff's alpha</source>
            <translation>Альфа Криппендорфа</translation>
        </message>
        <message>
            <source>Fleiss' kappa</source>
            <translation>Каппа Флейса</translation>
        </message>
        <message>
            <source>Percent agreement</source>
            <translation>Процент согласия</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Единицы</translation>
        </message>
        <message>
            <source>Overlapping spans</source>
            <translation>Перекрывающиеся фрагменты</translation>
        </message>
        <message>
            <source>Identical spans</source>
            <translation>Совпадающие фрагменты</translation>
        </message>
        <message>
            <source>All layers</source>
            <translation>Все слои</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <source>Attribute units &amp;matched by:</source>
            <translation>Единицы атрибутов &amp;сопоставлены по:</translation>
        </message>
        <message>
            <source>&amp;Layers:</source>
            <translation>С&amp;лои:</translation>
        </message>
        <message>
            <source>Documents: {documents} · units: {units}</source>
            <translation>Документы: {documents} · единицы: {units}</translation>
        </message>
        <message>
            <source>Spans, {pair}: F1 {f1} · precision {precision} · recall {recall}</source>
            <translation>Фрагменты, {pair}: F1 {f1} · точность {precision} · полнота {recall}</translation>
        </message>
        <message>
            <source>Cohen's kappa, {pair}</source>
            <translation>Каппа Коэна, {pair}</translation>
        </message>
        <message>
            <source>Agreement per attribute</source>
            <translation>Согласие по атрибутам</translation>
        </message>
        <message>
            <source>Export the agreement report</source>
            <translation>Экспорт отчёта о согласии</translation>
        </message>
        <message>
            <source>JSON (*.json);;CSV (*.csv)</source>
            <translation>JSON (*.json);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Could not write {path}: {reason}</source>
            <translation>Не удалось записать {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>AnnotationPanel</name>
        <message>
            <source>Annotations in this document</source>
            <translation>Аннотации в этом документе</translation>
        </message>
    </context>
    <context>
        <name>AnnotationTable</name>
        <message>
            <source>Layer</source>
            <translation>Слой</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Attributes</source>
            <translation>Атрибуты</translation>
        </message>
        <message>
            <source>Missing: {attributes}</source>
            <translation>Не заполнено: {attributes}</translation>
        </message>
        <message>
            <source>⚠ missing {attributes}</source>
            <translation>⚠ не заполнено: {attributes}</translation>
        </message>
    </context>
    <context>
        <name>AttributeForm</name>
        <message>
            <source>number, e.g. 99.23</source>
            <translation>число, например 99,23</translation>
        </message>
        <message>
            <source>Not a number</source>
            <translation>Это не число</translation>
        </message>
        <message>
            <source>{attribute}: {choice}</source>
            <translation>{attribute}: {choice}</translation>
        </message>
        <message>
            <source>Press {number}</source>
            <translation>Нажмите {number}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <source>date, e.g. 2024-03-05</source>
            <translation>дата, например 2024-03-05</translation>
        </message>
        <message>
            <source>Not a date as YYYY-MM-DD</source>
            <translation>Это не дата в формате ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <source>{attribute} (required)</source>
            <translation>{attribute} (обязательно)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Required, still empty</source>
            <translation>Обязательно, ещё не заполнено</translation>
        </message>
        <message>
            <source>Select text and press a layer key to tag it,
or pick an annotation.</source>
            <translation>Выделите текст и нажмите клавишу слоя, чтобы разметить его,
или выберите аннотацию.</translation>
        </message>
        <message>
            <source>Attributes of {layer}</source>
            <translation>Атрибуты: {layer}</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>Непредвиденная ошибка: {error}</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Could not check the project: {reason}</source>
            <translation>Не удалось проверить проект: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Project check</source>
            <translation>Проверка проекта</translation>
        </message>
        <message>
            <source>SQLite found damage in {name}.</source>
            <translation>SQLite обнаружил повреждения в файле {name}.</translation>
        </message>
        <message>
            <source>Keep working only if you must; then use File → Restore backup… or run `annotator check` for details.</source>
            <translation>Продолжайте работу только при необходимости; затем выберите Файл → Восстановить из резервной копии… или запустите `annotator check`, чтобы узнать подробности.</translation>
        </message>
        <message>
            <source>Backup failed: {reason}</source>
            <translation>Не удалось создать резервную копию: {reason}</translation>
        </message>
        <message>
            <source>Today's backup: {name}</source>
            <translation>Сегодняшняя резервная копия: {name}</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Создана</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Аннотации</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>не читается</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>ежедневная</translation>
        </message>
        <message>
            <source>on demand</source>
            <translation>по запросу</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>перед восстановлением</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Восстановить из резервной копии</translation>
        </message>
        <message>
            <source>Backups are taken once a day when the project opens; the newest 7 of each kind are kept in
{folder}

Restoring saves the current content as a backup first, so a restore can be undone the same way.</source>
            <translation>Резервные копии создаются раз в день при открытии проекта; 7 самых новых каждого вида хранятся в
{folder}

Перед восстановлением текущее содержимое сохраняется как резервная копия, так что восстановление можно отменить тем же способом.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Восстановить</translation>
        </message>
    </context>
    <context>
        <name>Checklist</name>
        <message>
            <source>Checklist</source>
            <translation>Контрольный список</translation>
        </message>
        <message>
            <source>none present</source>
            <translation>в тексте нет</translation>
        </message>
        <message>
            <source>{layer}: none present</source>
            <translation>{layer}: в тексте нет</translation>
        </message>
        <message>
            <source>Tick when you checked the text and it has no annotation of this layer ({layer})</source>
            <translation>Отметьте, если вы проверили текст и в нём нет ничего для разметки в этом слое ({layer})</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Отметить как готовый</translation>
        </message>
        <message>
            <source>Done ✓ (Ctrl+Enter marks again)</source>
            <translation>Готов ✓ (Ctrl+Enter — отметить снова)</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Annotator</source>
            <translation>Аннотатор</translation>
        </message>
        <message>
            <source>Your annotator name (saved with every label you make):</source>
            <translation>Ваше имя аннотатора (сохраняется с каждой вашей меткой):</translation>
        </message>
        <message>
            <source>“gold” is reserved for adjudicated labels.</source>
            <translation>«gold» зарезервировано для утверждённых меток.</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Рецензент</translation>
        </message>
        <message>
            <source>Reviewer name (every decision is logged under it):</source>
            <translation>Имя рецензента (каждое решение записывается под ним):</translation>
        </message>
        <message>
            <source>Work as (pick a name in this project, or type a new one):</source>
            <translation>Работать как (выберите имя из проекта или введите новое):</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Новый проект</translation>
        </message>
        <message>
            <source>{path} already exists; choose a new name.</source>
            <translation>{path} уже существует; выберите другое имя.</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Открыть проект</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(пока нет)</translation>
        </message>
        <message>
            <source>Import documents</source>
            <translation>Импорт документов</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Add these labels to the schema as new layers?</source>
            <translation>Добавить эти метки в схему как новые слои?</translation>
        </message>
        <message>
            <source>Export {format}</source>
            <translation>Экспорт {format}</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n annotation(s) to {path}</source>
            <translation>
                <numerusform>Записана %n аннотация в {path}</numerusform>
                <numerusform>Записано %n аннотации в {path}</numerusform>
                <numerusform>Записано %n аннотаций в {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n document(s) to {path}</source>
            <translation>
                <numerusform>Записан %n документ в {path}</numerusform>
                <numerusform>Записано %n документа в {path}</numerusform>
                <numerusform>Записано %n документов в {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <source>Merge annotator projects</source>
            <translation>Объединить проекты аннотаторов</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Объединение</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>Annotation guidelines</source>
            <translation>Инструкция по разметке</translation>
        </message>
        <message>
            <source># Guidelines

No guidelines were found.</source>
            <translation># Инструкция

Инструкция не найдена.</translation>
        </message>
        <message>
            <source>About annotator</source>
            <translation>О программе annotator</translation>
        </message>
        <message>
            <source>Label stances, quotes and figures in news articles; merge annotators, measure agreement, adjudicate gold labels.</source>
            <translation>Разметка позиций, цитат и чисел в новостных статьях; объединение работы аннотаторов, измерение согласия, утверждение эталонной разметки.</translation>
        </message>
        <message>
            <source>Project:</source>
            <translation>Проект:</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Папка данных:</translation>
        </message>
        <message>
            <source>It uses Qt {qt} and PySide6 {pyside} (Qt for Python), under the GNU Lesser General Public License v3 (LGPLv3); their source is at {link}. Python {python} is under the PSF licence.</source>
            <translation>Использует Qt {qt} и PySide6 {pyside} (Qt for Python) по лицензии GNU Lesser General Public License v3 (LGPLv3); их исходный код доступен на {link}. Python {python} распространяется по лицензии PSF.</translation>
        </message>
        <message>
            <source>annotator is free software under the MIT licence.</source>
            <translation>annotator — свободное программное обеспечение по лицензии MIT.</translation>
        </message>
        <message>
            <source>annotator projects (*.sqlite *.annotator.sqlite);;All files (*)</source>
            <translation>Проекты annotator (*.sqlite *.annotator.sqlite);;Все файлы (*)</translation>
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
            <translation>Открытые подсказки</translation>
        </message>
        <message>
            <source>new</source>
            <translation>новый</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>в работе</translation>
        </message>
        <message>
            <source>done ✓</source>
            <translation>готов ✓</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Lang</source>
            <comment>column header: the document's language, abbreviated</comment>
            <translation>Яз.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Метки</translation>
        </message>
        <message>
            <source>Sugg.</source>
            <comment>column header: open suggestions, abbreviated</comment>
            <translation>Подск.</translation>
        </message>
        <message>
            <source>done ✎</source>
            <translation>готов ✎</translation>
        </message>
        <message>
            <source>Marked done, then changed: check it and mark it done again</source>
            <translation>Отмечено как готовое, затем изменено: проверьте и отметьте снова</translation>
        </message>
    </context>
    <context>
        <name>EditVersion</name>
        <message>
            <source>Edit the version of {annotator}</source>
            <translation>Правка версии: {annotator}</translation>
        </message>
        <message>
            <source>Select the span in the text (it snaps to whole words), or move its edges with Alt+Shift+arrows; Enter goes to the form.</source>
            <translation>Выделите фрагмент в тексте (он привязывается к целым словам) или двигайте его края клавишами Alt+Shift+стрелки; Enter переходит к форме.</translation>
        </message>
        <message>
            <source>Text: select the span</source>
            <translation>Текст: выделите фрагмент</translation>
        </message>
        <message>
            <source>Span: “{text}”</source>
            <translation>Фрагмент: «{text}»</translation>
        </message>
        <message>
            <source>Accept as gold</source>
            <translation>Принять как эталон</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>Wrote %n document row(s) to {path}</source>
            <translation>
                <numerusform>Записана %n строка документов в {path}</numerusform>
                <numerusform>Записаны %n строки документов в {path}</numerusform>
                <numerusform>Записано %n строк документов в {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспортировать</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Аннотации</translation>
        </message>
        <message>
            <source>Documents (status and counts per annotator)</source>
            <translation>Документы (статус и количество по каждому аннотатору)</translation>
        </message>
        <message>
            <source>Excel-safe CSV (BOM, safe formulas)</source>
            <translation>CSV, безопасный для Excel (BOM, безопасные формулы)</translation>
        </message>
        <message>
            <source>Gold labels (adjudicated)</source>
            <translation>Эталонные метки (после арбитража)</translation>
        </message>
        <message>
            <source>Annotators</source>
            <translation>Аннотаторы</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Слои</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Экспортировать в</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Формат:</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Что:</translation>
        </message>
        <message>
            <source>Export to:</source>
            <translation>Экспортировать в:</translation>
        </message>
    </context>
    <context>
        <name>Jobs</name>
        <message numerus="yes">
            <source>Imported %n document(s).</source>
            <translation>
                <numerusform>Импортирован %n документ.</numerusform>
                <numerusform>Импортировано %n документа.</numerusform>
                <numerusform>Импортировано %n документов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n annotation(s).</source>
            <translation>
                <numerusform>Добавлена %n аннотация.</numerusform>
                <numerusform>Добавлено %n аннотации.</numerusform>
                <numerusform>Добавлено %n аннотаций.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already present, unchanged.</source>
            <translation>
                <numerusform>%n уже был, без изменений.</numerusform>
                <numerusform>%n уже были, без изменений.</numerusform>
                <numerusform>%n уже были, без изменений.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>Объединение…</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Восстановление из резервной копии…</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Язык системы</translation>
        </message>
        <message>
            <source>Saved, but {variable} is set and decides the language while it is set.</source>
            <translation>Сохранено, но задана переменная {variable}: пока она задана, язык определяет она.</translation>
        </message>
        <message>
            <source>This is the language in use.</source>
            <translation>Этот язык уже используется.</translation>
        </message>
        <message>
            <source>The new language applies the next time annotator starts.</source>
            <translation>Новый язык будет применён при следующем запуске annotator.</translation>
        </message>
    </context>
    <context>
        <name>LayerBar</name>
        <message>
            <source>Tag the selected text as {layer} (key {key})</source>
            <translation>Разметить выделенный текст как: {layer} (клавиша {key})</translation>
        </message>
        <message>
            <source>Tag the selected text as {layer}</source>
            <translation>Разметить выделенный текст как: {layer}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Filter: name, title or text</source>
            <translation>Фильтр: имя, заголовок или текст</translation>
        </message>
        <message>
            <source>Filter documents</source>
            <translation>Фильтр документов</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>Document text</source>
            <translation>Текст документа</translation>
        </message>
        <message>
            <source>Select text with Shift and the arrow keys, then press a layer key to tag it: {keys}</source>
            <translation>Выделите текст клавишей Shift и стрелками, затем нажмите клавишу слоя, чтобы разметить его: {keys}</translation>
        </message>
        <message>
            <source>Find in text (Enter: next, Esc: close)</source>
            <translation>Найти в тексте (Enter: далее, Esc: закрыть)</translation>
        </message>
        <message>
            <source>Find in text</source>
            <translation>Найти в тексте</translation>
        </message>
        <message>
            <source>no match</source>
            <translation>нет совпадений</translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <translation>{current} из {total}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Не сохранено</translation>
        </message>
        <message>
            <source>Select some text first, then press the layer key.</source>
            <translation>Сначала выделите текст, затем нажмите клавишу слоя.</translation>
        </message>
        <message>
            <source>Resize span</source>
            <translation>Изменить границы фрагмента</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Set {attribute}</source>
            <translation>Задать: {attribute}</translation>
        </message>
        <message>
            <source>No document is open.</source>
            <translation>Ни один документ не открыт.</translation>
        </message>
        <message>
            <source>{layer}: no annotation, and “none present” is not ticked</source>
            <translation>{layer}: нет аннотаций, и «в тексте нет» не отмечено</translation>
        </message>
        <message>
            <source>{layer} “{excerpt}”: missing {attributes}</source>
            <translation>{layer} «{excerpt}»: не заполнено {attributes}</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Ещё не готово</translation>
        </message>
        <message>
            <source>This document cannot be marked done yet:</source>
            <translation>Этот документ пока нельзя отметить как готовый:</translation>
        </message>
        <message>
            <source>Every document is done.</source>
            <translation>Все документы готовы.</translation>
        </message>
        <message>
            <source>Another program changed the schema; this window now uses it.</source>
            <translation>Другая программа изменила схему; это окно теперь использует её.</translation>
        </message>
        <message>
            <source>Select an annotation first (Tab, or click it).</source>
            <translation>Сначала выберите аннотацию (Tab или щелчок).</translation>
        </message>
        <message>
            <source>“None present” needs a layer without annotations in this document.</source>
            <translation>«В тексте нет» можно отметить только для слоя без аннотаций в этом документе.</translation>
        </message>
        <message>
            <source>“{text}” not found</source>
            <translation>«{text}» не найдено</translation>
        </message>
        <message>
            <source>“{name}” was removed or replaced by another program.</source>
            <translation>«{name}» удалён или заменён другой программой.</translation>
        </message>
        <message>
            <source>Annotator: {name}</source>
            <translation>Аннотатор: {name}</translation>
        </message>
        <message>
            <source>Document {number} of {count}</source>
            <translation>Документ {number} из {count}</translation>
        </message>
        <message>
            <source>{done} of {total} done</source>
            <translation>Готово: {done} из {total}</translation>
        </message>
        <message>
            <source>This project has no documents yet.

To begin, import articles: {path} ({key}).</source>
            <translation>В этом проекте пока нет документов.

Чтобы начать, импортируйте статьи: {path} ({key}).</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Не сохранено: {reason}</translation>
        </message>
        <message>
            <source>Tag {layer}</source>
            <translation>Разметить: {layer}</translation>
        </message>
        <message>
            <source>Delete annotation</source>
            <translation>Удалить аннотацию</translation>
        </message>
        <message>
            <source>this annotation was deleted in another window meanwhile</source>
            <translation>эта аннотация тем временем удалена в другом окне</translation>
        </message>
        <message>
            <source>Tick “none present”: {layer}</source>
            <translation>Отметить «в тексте нет»: {layer}</translation>
        </message>
        <message>
            <source>Untick “none present”: {layer}</source>
            <translation>Снять «в тексте нет»: {layer}</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Отметить как готовый</translation>
        </message>
        <message>
            <source>Reject suggestion</source>
            <translation>Отклонение подсказки</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>Review — {project} — annotator</source>
            <translation>Проверка — {project} — annotator</translation>
        </message>
        <message>
            <source>All layers</source>
            <translation>Все слои</translation>
        </message>
        <message>
            <source>Document name contains…</source>
            <translation>Имя документа содержит…</translation>
        </message>
        <message>
            <source>Filter by document name</source>
            <translation>Фильтр по имени документа</translation>
        </message>
        <message>
            <source>Include documents not everyone started</source>
            <translation>Учитывать документы, которые начали не все</translation>
        </message>
        <message>
            <source>Off (the default), a document is compared only among the annotators who started or finished it, as in the agreement report.</source>
            <translation>Выключено (по умолчанию): документ сравнивается только между аннотаторами, которые его начали или закончили, как в отчёте о согласии.</translation>
        </message>
        <message>
            <source>&amp;Layer</source>
            <translation>&amp;Слой</translation>
        </message>
        <message>
            <source>A&amp;nnotators</source>
            <translation>&amp;Аннотаторы</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Слой</translation>
        </message>
        <message>
            <source>Annotators</source>
            <translation>Аннотаторы</translation>
        </message>
        <message>
            <source>Units to review</source>
            <translation>Единицы для проверки</translation>
        </message>
        <message>
            <source>Document text around the unit</source>
            <translation>Текст документа вокруг единицы</translation>
        </message>
        <message>
            <source>Versions of the annotators</source>
            <translation>Версии аннотаторов</translation>
        </message>
        <message>
            <source>Differences are in red; press a number to accept that version</source>
            <translation>Различия выделены красным; нажмите цифру, чтобы принять эту версию</translation>
        </message>
        <message>
            <source>Rationale (optional), saved with the decision</source>
            <translation>Обоснование (необязательно), сохраняется с решением</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Обоснование</translation>
        </message>
        <message>
            <source>Accept selected (1–9)</source>
            <translation>Принять выбранную (1–9)</translation>
        </message>
        <message>
            <source>Edit, then accept (E)</source>
            <translation>Исправить и принять (E)</translation>
        </message>
        <message>
            <source>Reject all (R)</source>
            <translation>Отклонить все (R)</translation>
        </message>
        <message>
            <source>Accept all agreements</source>
            <translation>Принять все совпадения</translation>
        </message>
        <message>
            <source>Versions (differences in red)</source>
            <translation>Версии (различия выделены красным)</translation>
        </message>
        <message>
            <source>Nothing left to review under these filters. Next: export the gold labels with: annotator export --gold -o gold.csv</source>
            <translation>С этими фильтрами проверять больше нечего. Дальше: экспортируйте эталонные метки командой: annotator export --gold -o gold.csv</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Единицы</translation>
        </message>
        <message>
            <source>Span F1</source>
            <translation>F1 фрагментов</translation>
        </message>
        <message>
            <source>Attribute agreement</source>
            <translation>Согласие атрибутов</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Agreement per document</source>
            <translation>Согласие по документам</translation>
        </message>
        <message>
            <source>Enter or double-click: review this document's disagreements</source>
            <translation>Enter или двойной щелчок: проверить расхождения в этом документе</translation>
        </message>
        <message>
            <source>Per document, worst first</source>
            <translation>По документам, сначала худшие</translation>
        </message>
        <message>
            <source>Disagreements</source>
            <translation>Расхождения</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <source>Accept version {number}</source>
            <translation>Принять версию {number}</translation>
        </message>
        <message>
            <source>Edit, then accept</source>
            <translation>Исправить и принять</translation>
        </message>
        <message>
            <source>Reject all versions</source>
            <translation>Отклонить все версии</translation>
        </message>
        <message>
            <source>Undo decision</source>
            <translation>Отменить решение</translation>
        </message>
        <message>
            <source>Redo decision</source>
            <translation>Повторить решение</translation>
        </message>
        <message>
            <source>Close the review window</source>
            <translation>Закрыть окно проверки</translation>
        </message>
        <message>
            <source>All annotators</source>
            <translation>Все аннотаторы</translation>
        </message>
        <message numerus="yes">
            <source>%n disagreement(s) so far</source>
            <translation>
                <numerusform>пока %n расхождение</numerusform>
                <numerusform>пока %n расхождения</numerusform>
                <numerusform>пока %n расхождений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n совпадение</numerusform>
                <numerusform>%n совпадения</numerusform>
                <numerusform>%n совпадений</numerusform>
            </translation>
        </message>
        <message>
            <source>reading documents: {read} of {total}…</source>
            <translation>чтение документов: {read} из {total}…</translation>
        </message>
        <message numerus="yes">
            <source>%n disagreement(s) left</source>
            <translation>
                <numerusform>осталось %n расхождение</numerusform>
                <numerusform>осталось %n расхождения</numerusform>
                <numerusform>осталось %n расхождений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) to accept</source>
            <translation>
                <numerusform>%n совпадение к принятию</numerusform>
                <numerusform>%n совпадения к принятию</numerusform>
                <numerusform>%n совпадений к принятию</numerusform>
            </translation>
        </message>
        <message>
            <source>{annotator} has no annotation here; press R to reject</source>
            <translation>У {annotator} здесь нет аннотации; нажмите R, чтобы отклонить</translation>
        </message>
        <message>
            <source>Accept the version of {annotator}</source>
            <translation>Принять версию: {annotator}</translation>
        </message>
        <message>
            <source>Accept edited version</source>
            <translation>Принять исправленную версию</translation>
        </message>
        <message>
            <source>No units where everyone agrees are waiting.</source>
            <translation>Нет ожидающих единиц, в которых все согласны.</translation>
        </message>
        <message numerus="yes">
            <source>Accept %n agreement(s)</source>
            <translation>
                <numerusform>Принять %n совпадение</numerusform>
                <numerusform>Принять %n совпадения</numerusform>
                <numerusform>Принять %n совпадений</numerusform>
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
            <translation>Слой</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Позиция</translation>
        </message>
        <message>
            <source>Differs in</source>
            <translation>Различия в</translation>
        </message>
        <message>
            <source>agree</source>
            <translation>согласны</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Клавиша</translation>
        </message>
        <message>
            <source>Annotator</source>
            <translation>Аннотатор</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>— (no annotation)</source>
            <translation>— (нет аннотации)</translation>
        </message>
        <message>
            <source>span</source>
            <translation>фрагмент</translation>
        </message>
        <message>
            <source>presence</source>
            <translation>наличие</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Review window</source>
            <translation>Окно проверки</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Attribute form</source>
            <translation>Форма атрибутов</translation>
        </message>
        <message>
            <source>Find bar</source>
            <translation>Панель поиска</translation>
        </message>
        <message>
            <source>Accept version 1–9</source>
            <translation>Принять версию 1–9</translation>
        </message>
        <message>
            <source>Edit, then accept</source>
            <translation>Исправить и принять</translation>
        </message>
        <message>
            <source>Reject all versions</source>
            <translation>Отклонить все версии</translation>
        </message>
        <message>
            <source>Accept all agreements</source>
            <translation>Принять все совпадения</translation>
        </message>
        <message>
            <source>Undo decision</source>
            <translation>Отменить решение</translation>
        </message>
        <message>
            <source>Redo decision</source>
            <translation>Повторить решение</translation>
        </message>
        <message>
            <source>Close the review window</source>
            <translation>Закрыть окно проверки</translation>
        </message>
        <message>
            <source>Accept the selected version (in the rationale)</source>
            <translation>Принять выбранную версию (в поле обоснования)</translation>
        </message>
        <message>
            <source>Edit the selected annotation's attributes</source>
            <translation>Изменить атрибуты выбранной аннотации</translation>
        </message>
        <message>
            <source>Clear the selection</source>
            <translation>Снять выделение</translation>
        </message>
        <message>
            <source>Pick choice 1–9</source>
            <translation>Выбрать вариант 1–9</translation>
        </message>
        <message>
            <source>Next / previous field</source>
            <translation>Следующее / предыдущее поле</translation>
        </message>
        <message>
            <source>Back to the text</source>
            <translation>Назад к тексту</translation>
        </message>
        <message>
            <source>Close the completion, then back to the text</source>
            <translation>Закрыть подсказки, затем назад к тексту</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Следующее совпадение</translation>
        </message>
        <message>
            <source>Close find, back to the text</source>
            <translation>Закрыть поиск, назад к тексту</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <source>Accept suggestion</source>
            <translation>Принятие подсказки</translation>
        </message>
        <message>
            <source>No open suggestions in this document.</source>
            <translation>В этом документе нет открытых подсказок.</translation>
        </message>
        <message>
            <source>No open suggestions of that layer here.</source>
            <translation>Здесь нет открытых подсказок этого слоя.</translation>
        </message>
        <message>
            <source>Accept all suggestions: {layer}</source>
            <translation>Принятие всех подсказок: {layer}</translation>
        </message>
        <message>
            <source>Put the caret on a suggestion (dashed) first.</source>
            <translation>Сначала поставьте курсор на подсказку (пунктир).</translation>
        </message>
    </context>
    <context>
        <name>TeamDashboard</name>
        <message>
            <source>Team dashboard — {name}</source>
            <translation>Панель команды — {name}</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <source>&amp;Save as HTML…</source>
            <translation>&amp;Сохранить как HTML…</translation>
        </message>
        <message>
            <source>Save the team report</source>
            <translation>Сохранить отчёт команды</translation>
        </message>
        <message>
            <source>HTML files (*.html)</source>
            <translation>Файлы HTML (*.html)</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Enter your name first: it is saved with every label you make.</source>
            <translation>Сначала введите своё имя: оно сохраняется с каждой вашей меткой.</translation>
        </message>
        <message>
            <source>“{name}” is reserved for the adjudicated labels; choose another name.</source>
            <translation>«{name}» зарезервировано для утверждённых меток; выберите другое имя.</translation>
        </message>
        <message>
            <source>Welcome to annotator</source>
            <translation>Добро пожаловать в annotator</translation>
        </message>
        <message>
            <source>Label stances, quotes and figures in news articles. Everything you do is saved as you go: there is no Save button.</source>
            <translation>Размечайте позиции, цитаты и числа в новостных статьях. Всё сохраняется сразу: кнопки «Сохранить» нет.</translation>
        </message>
        <message>
            <source>e.g. alice</source>
            <translation>например, alice</translation>
        </message>
        <message>
            <source>Saved with every label you make, so that a reviewer can compare annotators.</source>
            <translation>Сохраняется с каждой вашей меткой, чтобы проверяющий мог сравнить аннотаторов.</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Ваше &amp;имя:</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ваше имя</translation>
        </message>
        <message>
            <source>Open the sample project</source>
            <translation>Открыть пример проекта</translation>
        </message>
        <message>
            <source>Five news articles to try the tools on</source>
            <translation>Пять новостных статей, чтобы опробовать инструменты</translation>
        </message>
        <message>
            <source>Open {name}</source>
            <translation>Открыть {name}</translation>
        </message>
        <message>
            <source>Create a new project…</source>
            <translation>Создать новый проект…</translation>
        </message>
        <message>
            <source>An empty project with the news schema, saved where you choose</source>
            <translation>Пустой проект со схемой для новостей, сохранённый там, где вы укажете</translation>
        </message>
        <message>
            <source>Open an existing project…</source>
            <translation>Открыть существующий проект…</translation>
        </message>
        <message>
            <source>A project file (.sqlite) of yours or a colleague's</source>
            <translation>Файл проекта (.sqlite), ваш или коллеги</translation>
        </message>
        <message>
            <source>Import your own articles…</source>
            <translation>Импортировать свои статьи…</translation>
        </message>
        <message>
            <source>Text, Markdown, JSONL or CSV files, into a new project</source>
            <translation>Текстовые файлы, Markdown, JSONL или CSV, в новый проект</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <source>What would you like to do?</source>
            <translation>Что вы хотите сделать?</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Новый проект</translation>
        </message>
        <message>
            <source>New project for your articles</source>
            <translation>Новый проект для ваших статей</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Открыть проект</translation>
        </message>
        <message>
            <source>{path} already exists; choose a new name, or open it instead.</source>
            <translation>{path} уже существует; выберите другое имя или откройте этот файл.</translation>
        </message>
    </context>
</TS>