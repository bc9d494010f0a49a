<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
</TS>
