<?xml version='1.0' encoding='utf-8'?>
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
            <source>&amp;Edit attributes of the selected annotation (Enter in the text)</source>
            <translation>&amp;Змінити атрибути вибраної анотації (Enter у тексті)</translation>
        </message>
        <message>
            <source>&amp;None present</source>
            <translation>&amp;Немає в документі</translation>
        </message>
        <message>
            <source>No {layer} in this document</source>
            <translation>Немає: {layer} у цьому документі</translation>
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
            <source>Restore</source>
            <translation>Відновити</translation>
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
            <source>Menu</source>
            <translation>Меню</translation>
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