<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
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
</TS>
