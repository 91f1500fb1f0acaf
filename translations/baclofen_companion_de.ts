<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AbruptStopDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/widgets/safety_dialogs.py" line="+36"/>
        <source>Don&apos;t stop {medicine} suddenly</source>
        <translation>{medicine} nicht plötzlich absetzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Withdrawal risks</source>
        <translation>Entzugsrisiken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Build a &amp;taper…</source>
        <translation>&amp;Ausschleichplan erstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build a taper</source>
        <translation>Ausschleichplan erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go ahead</source>
        <translation>&amp;Trotzdem fortfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go ahead</source>
        <translation>Trotzdem fortfahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../baclofen_companion/app.py" line="+269"/>
        <source>Baclofen Companion seems to be running already but does not answer. If it has just crashed, wait a few seconds and start it again.</source>
        <translation>Baclofen Companion scheint schon zu laufen, antwortet aber nicht. Falls es gerade abgestürzt ist, warten Sie ein paar Sekunden und starten Sie es erneut.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Baclofen Companion — test reminder</source>
        <translation>Baclofen Companion — Test-Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is how a dose reminder looks. Nothing was recorded.</source>
        <translation>So sieht eine Erinnerung an eine Dosis aus. Es wurde nichts erfasst.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Still running here; reminders go on. Quit from this icon&apos;s menu.</source>
        <translation>Läuft hier weiter; die Erinnerungen gehen weiter. Beenden Sie es über das Menü dieses Symbols.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/care/dialogs.py" line="+81"/>
        <source>Add an appointment</source>
        <translation>Arzttermin hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date and time</source>
        <translation>&amp;Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;With whom</source>
        <translation>&amp;Mit wem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With whom</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Dr Okafor, neurology</source>
        <translation>Zum Beispiel: Dr. Okafor, Neurologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;here</source>
        <translation>&amp;Wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to &amp;bring</source>
        <translation>Was mit&amp;bringen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to bring</source>
        <translation>Was mitbringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: medicine boxes, the report</source>
        <translation>Zum Beispiel: Medikamentenpackungen, den Bericht</translation>
    </message>
</context>
<context>
    <name>BackupFailureNote</name>
    <message>
        <location filename="../baclofen_companion/ui/shell/errors.py" line="+125"/>
        <source>Today&apos;s backup of your data could not be made.</source>
        <translation>Die heutige Sicherung Ihrer Daten konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{why} Your data itself is as it was, and reminders go on. The app tries the backup again within the hour.</source>
        <translation>{why} Ihre Daten selbst sind unverändert, und die Erinnerungen laufen weiter. Die App versucht die Sicherung innerhalb der nächsten Stunde erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CareView</name>
    <message>
        <location filename="../baclofen_companion/ui/care/view.py" line="+53"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With whom</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to bring</source>
        <translation>Was mitbringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asked on</source>
        <translation>Notiert am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the test</source>
        <translation>Datum der Untersuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next appointment</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Appointments</source>
        <translation>Arzttermine</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Questions for the doctor</source>
        <translation>Fragen an die Ärztin oder den Arzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Lab checks</source>
        <translation>Laborkontrollen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Add an appointment…</source>
        <translation>&amp;Termin hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ncel the appointment…</source>
        <translation>Termin a&amp;bsagen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions since the last appointment</source>
        <translation>Fragen seit dem letzten Termin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a &amp;question…</source>
        <translation>Frage hin&amp;zufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move the question</source>
        <translation>Frage ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a &amp;lab check…</source>
        <translation>Labor&amp;kontrolle hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the resul&amp;t…</source>
        <translation>E&amp;rgebnis eintragen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results are kept as you type them; the app does not judge them. Your prescriber reads them.</source>
        <translation>Ergebnisse werden so gespeichert, wie Sie sie eingeben; die App bewertet sie nicht. Ihre Ärztin oder Ihr Arzt liest sie.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No appointment booked.</source>
        <translation>Kein Termin eingetragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next appointment: {when} with {whom}.</source>
        <translation>Nächster Termin: {when} bei {whom}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a row</source>
        <translation>Zeile auswählen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the lab check in the table first.</source>
        <translation>Wählen Sie zuerst die Laborkontrolle in der Tabelle aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the appointment in the table first.</source>
        <translation>Wählen Sie zuerst den Termin in der Tabelle aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the appointment?</source>
        <translation>Termin absagen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the appointment with {whom}? Its reminders stop.</source>
        <translation>Den Termin bei {whom} absagen? Seine Erinnerungen enden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the question in the table first.</source>
        <translation>Wählen Sie zuerst die Frage in der Tabelle aus.</translation>
    </message>
</context>
<context>
    <name>CareWatch</name>
    <message>
        <location filename="../baclofen_companion/services/care_watch.py" line="+52"/>
        <source>{person} — appointment with {whom} in a few days</source>
        <translation>{person} — Termin bei {whom} in wenigen Tagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On {when}. Prepare the appointment report (File → Appointment report…): it covers the time since the last appointment and lists your questions.</source>
        <translation>Am {when}. Bereiten Sie den Bericht vor (Datei → Bericht für den Arzttermin…): Er umfasst die Zeit seit dem letzten Termin und listet Ihre Fragen auf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{person} — appointment with {whom} tomorrow</source>
        <translation>{person} — Termin bei {whom} morgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On {when}.</source>
        <translation>Am {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{person} — appointment with {whom} in an hour</source>
        <translation>{person} — Termin bei {whom} in einer Stunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At {when}.</source>
        <translation>Um {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where: {place}.</source>
        <translation>Wo: {place}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring: {bring}.</source>
        <translation>Mitbringen: {bring}.</translation>
    </message>
</context>
<context>
    <name>ChangeDosesDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/medicines/dialogs.py" line="+186"/>
        <source>Change doses of {medicine}</source>
        <translation>Dosen von {medicine} ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Applies from</source>
        <translation>Gilt ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applies from:</source>
        <translation>&amp;Gilt ab:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doses already logged keep the amount they had.</source>
        <translation>Bereits eingetragene Dosen behalten ihre Menge.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A dose change cannot start in the past.</source>
        <translation>Eine Dosisänderung kann nicht in der Vergangenheit beginnen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This cuts {medicine} from {before} to {after} a day at once — more than one taper step.</source>
        <translation>Damit sinkt {medicine} auf einmal von {before} auf {after} pro Tag — mehr als eine Ausschleich-Stufe.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Above the maximum</source>
        <translation>Über dem Höchstwert</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../baclofen_companion/render/chart_kit.py" line="+29"/>
        <source>No entries in this range</source>
        <translation>Keine Einträge in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>d MMMM</source>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddd d</source>
        <translation>ddd d.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>on time</source>
        <translation>pünktlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>versäumt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not answered</source>
        <translation>ohne Eintrag</translation>
    </message>
    <message>
        <location filename="../baclofen_companion/render/charts.py" line="+132"/>
        <source>{taken} of {total} taken</source>
        <translation>{taken} von {total} eingenommen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../baclofen_companion/render/trend_chart.py" line="+126"/>
        <source>Too small to draw</source>
        <translation>Zu klein zum Zeichnen</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>a dose taken</source>
        <translation>Dosis eingenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a dose not taken</source>
        <translation>Dosis nicht eingenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still to come</source>
        <translation>steht noch aus</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Week of {day}: {n} star</source>
        <translation>Woche ab {day}: {n} Stern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of {day}: {n} stars</source>
        <translation>Woche ab {day}: {n} Sterne</translation>
    </message>
    <message>
        <location filename="../baclofen_companion/ui/charts/widgets.py" line="+41"/>
        <source>Stiffness, pain and baclofen chart</source>
        <translation>Diagramm: Steifheit, Schmerzen und Baclofen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Doses by time of day chart</source>
        <translation>Diagramm: Dosen nach Tageszeit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sticker chart of the week</source>
        <translation>Stickertabelle der Woche</translation>
    </message>
    <message>
        <location filename="../baclofen_companion/render/trend_chart.py" line="-87"/>
        <source>Stiffness (weekly average)</source>
        <translation>Steifheit (Wochenmittel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain (weekly average)</source>
        <translation>Schmerzen (Wochenmittel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baclofen taken, mg/day (weekly average)</source>
        <translation>Baclofen eingenommen, mg/Tag (Wochenmittel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Planned, mg/day (shaded)</source>
        <translation>Geplant, mg/Tag (schattiert)</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Plan change</source>
        <translation>Planänderung</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Stiffness</source>
        <translation>Steifheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baclofen taken, mg/day</source>
        <translation>Baclofen eingenommen, mg/Tag</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <location filename="../baclofen_companion/ui/charts/view.py" line="+46"/>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last {n} days</source>
        <translation>Letzte {n} Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose dates…</source>
        <translation>Zeitraum wählen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fro&amp;m</source>
        <translation>Vo&amp;n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o</source>
        <translation>Bi&amp;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stiffness, pain and baclofen</source>
        <translation>Steifheit, Schmerzen und Baclofen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses by time of day</source>
        <translation>Dosen nach Tageszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sticker chart</source>
        <translation>Stickertabelle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No one is set up yet.</source>
        <translation>Es ist noch niemand eingerichtet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No entries in this range</source>
        <translation>Keine Einträge in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} diary entries with stiffness or pain</source>
        <translation>{n} Tagebucheinträge mit Steifheit oder Schmerzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly averages of the diary scores</source>
        <translation>Wochenmittel der Tagebuchwerte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>baclofen taken: {mg} mg a day on average</source>
        <translation>Baclofen eingenommen: im Schnitt {mg} mg pro Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dose changes: {list}</source>
        <translation>Dosisänderungen: {list}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No doses are planned in this week.</source>
        <translation>In dieser Woche sind keine Dosen geplant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week of {day}: {taken} of {planned} doses taken so far.</source>
        <translation>Woche ab {day}: bisher {taken} von {planned} Dosen eingenommen.</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <location filename="../baclofen_companion/ui/diary/choice_row.py" line="+67"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Arrow keys or a number to choose, Delete for not rated.</source>
        <translation>Pfeiltasten oder eine Zahl zum Wählen, Entf für „nicht bewertet“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{low} to {high}. </source>
        <translation>{low} bis {high}. </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: {value}. </source>
        <translation>{name}: {value}. </translation>
    </message>
</context>
<context>
    <name>DiaryDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/diary/dialog.py" line="+82"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drinks must be a number, like 2 or 1.5.</source>
        <translation>Getränke müssen eine Zahl sein, etwa 2 oder 1,5.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit diary entry — {name}</source>
        <translation>Tagebucheintrag bearbeiten — {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diary entry — {name}</source>
        <translation>Tagebucheintrag — {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time of the entry</source>
        <translation>Uhrzeit des Eintrags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave anything you don&apos;t want to rate as “Not rated”.</source>
        <translation>Lassen Sie alles, was Sie nicht bewerten möchten, auf „Nicht bewertet“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How are things? (0 to 10)</source>
        <translation>Wie geht es? (0 bis 10)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>worst</source>
        <translation>am schlimmsten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very poor</source>
        <translation>sehr schlecht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>very good</source>
        <translation>sehr gut</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Common side effects</source>
        <translation>Häufige Nebenwirkungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Other side effects</source>
        <translation>Andere Nebenwirkungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Serious symptoms — tell your prescriber</source>
        <translation>⚠ Ernste Symptome — sagen Sie es Ihrer Ärztin oder Ihrem Arzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serious symptoms</source>
        <translation>Ernste Symptome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick any you have had; the app will say what to do.</source>
        <translation>Kreuzen Sie an, was Sie hatten; die App sagt Ihnen, was zu tun ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Serious: {symptom}</source>
        <translation>Ernst: {symptom}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything else for your doctor: what helped, what happened…</source>
        <translation>Was Ihre Ärztin oder Ihr Arzt noch wissen sollte: was geholfen hat, was passiert ist…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save (Enter or Ctrl+Enter)</source>
        <translation>Speichern (Eingabe oder Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not said</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alcohol: {answer}</source>
        <translation>Alkohol: {answer}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Drinks:</source>
        <translation>&amp;Getränke:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of drinks</source>
        <translation>Anzahl Getränke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2</source>
        <translation>z. B. 2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The entry time is still to come.</source>
        <translation>Die Uhrzeit des Eintrags liegt noch in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <location filename="../baclofen_companion/ui/diary/view.py" line="+69"/>
        <source>How you feel, side effects and anything to tell your doctor. Write as often as you like; withdrawal-watch check-ins are listed too.</source>
        <translation>Wie es Ihnen geht, Nebenwirkungen und alles, was Ihre Ärztin oder Ihr Arzt wissen sollte. Schreiben Sie so oft Sie möchten; Rückmeldungen zur Entzugswarnung stehen auch hier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New entry…</source>
        <translation>&amp;Neuer Eintrag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New diary entry</source>
        <translation>Neuer Tagebucheintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add how you feel now (Ctrl+D)</source>
        <translation>Eintragen, wie es Ihnen jetzt geht (Strg+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit diary entry</source>
        <translation>Tagebucheintrag bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete diary entry</source>
        <translation>Tagebucheintrag löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;question for the doctor…</source>
        <translation>Eine &amp;Frage an die Ärztin oder den Arzt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question for the doctor</source>
        <translation>Eine Frage an die Ärztin oder den Arzt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diary count</source>
        <translation>Anzahl im Tagebuch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diary entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diary status</source>
        <translation>Tagebuch-Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show earlier entries</source>
        <translation>Frühere Einträge zeigen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No one is set up yet.</source>
        <translation>Es ist noch niemand eingerichtet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{entries}, {checkins}</source>
        <translation>{entries}, {checkins}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-in</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>check-ins</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last {days} days: {counted}</source>
        <translation>Letzte {days} Tage: {counted}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show earlier entries ({count} more)</source>
        <translation>Frühere Einträge zeigen ({count} weitere)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing written yet. Press New entry… (Ctrl+D) to note how you feel.</source>
        <translation>Noch nichts eingetragen. Drücken Sie „Neuer Eintrag…“ (Strg+D), um festzuhalten, wie es Ihnen geht.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Check-ins are kept exactly as they were answered.</source>
        <translation>Rückmeldungen bleiben genau so, wie sie gegeben wurden.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Delete this diary entry?</source>
        <translation>Diesen Tagebucheintrag löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the entry of {when}?

It leaves the diary and reports; a record that it was deleted is kept.</source>
        <translation>Den Eintrag vom {when} löschen?

Er verschwindet aus dem Tagebuch und aus Berichten; dass er gelöscht wurde, bleibt vermerkt.</translation>
    </message>
    <message>
        <location filename="../baclofen_companion/ui/diary/model.py" line="+59"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawal watch</source>
        <translation>Entzugswarnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I feel fine</source>
        <translation>Mir geht es gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have some of these signs</source>
        <translation>Ich habe einige dieser Anzeichen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ({zone} time)</source>
        <translation> (Zeit {zone})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No alcohol</source>
        <translation>Kein Alkohol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>drink</source>
        <translation>Getränk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drinks</source>
        <translation>Getränke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alcohol {count} {noun}</source>
        <translation>Alkohol {count} {noun}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check-in ({kind})</source>
        <translation>Rückmeldung ({kind})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Red flag: {names}</source>
        <translation>Warnzeichen: {names}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
</context>
<context>
    <name>DoseCard</name>
    <message>
        <location filename="../baclofen_companion/ui/today/cards.py" line="+45"/>
        <source>○ Upcoming</source>
        <translation>○ Steht an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● Due now</source>
        <translation>● Jetzt fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ Overdue</source>
        <translation>⚠ Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⤼ Skipped</source>
        <translation>⤼ Ausgelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✖ Missed</source>
        <translation>✖ Versäumt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◔ Snoozed</source>
        <translation>◔ Zurückgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>○ Not logged</source>
        <translation>○ Nicht erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Taken</source>
        <translation>✔ Eingenommen</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>{person}&apos;s {medicine} at {time}</source>
        <translation>{medicine} von {person} um {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{medicine} at {time}</source>
        <translation>{medicine} um {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dose} yesterday</source>
        <translation>{dose} gestern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dose} on {date}</source>
        <translation>{dose} am {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} dose</source>
        <translation>Dosis {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time of {name}</source>
        <translation>Uhrzeit von {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign of {name}</source>
        <translation>Zeichen von {name}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>{time} {place} time</source>
        <translation>{time} Uhr Ortszeit {place}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} at home</source>
        <translation>{time} Uhr zu Hause</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{time} here</source>
        <translation>{time} Ortszeit</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+13"/>
        <source>It was taken: say when</source>
        <translation>Sie wurde eingenommen: sagen Sie, wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It was skipped on purpose</source>
        <translation>Sie wurde absichtlich ausgelassen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>on departure · {home}</source>
        <translation>bei der Abreise · {home}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⤼ Skip this dose: {why}</source>
        <translation>⤼ Diese Dosis auslassen: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Taken at {time} on {date}</source>
        <translation>✔ Eingenommen um {time} am {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Taken at {time}</source>
        <translation>✔ Eingenommen um {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status} — {late} late</source>
        <translation>{status} — {late} zu spät</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{state} — was due at {time}</source>
        <translation>{state} — war um {time} fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◔ Snoozed until {time}</source>
        <translation>◔ Zurückgestellt bis {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>○ Not logged — before the app was set up</source>
        <translation>○ Nicht erfasst — vor der Einrichtung der App</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Status of {name}</source>
        <translation>Status von {name}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Taken</source>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark this dose taken now</source>
        <translation>Diese Dosis jetzt als eingenommen eintragen</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+2"/>
        <location line="+29"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>Taken at…</source>
        <translation>Eingenommen um…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Mark this dose taken at a time you choose</source>
        <translation>Diese Dosis mit einer gewählten Uhrzeit als eingenommen eintragen</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+8"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Mark this dose skipped</source>
        <translation>Diese Dosis als ausgelassen eintragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back this answer</source>
        <translation>Diese Antwort zurücknehmen</translation>
    </message>
</context>
<context>
    <name>DoseLogModel</name>
    <message>
        <location filename="../baclofen_companion/ui/doses/log.py" line="+54"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose time</source>
        <translation>Einnahmezeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken at</source>
        <translation>Eingenommen um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{status} — extra dose</source>
        <translation>{status} — zusätzliche Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} (edited)</source>
        <translation>{status} (bearbeitet)</translation>
    </message>
</context>
<context>
    <name>DoseLogView</name>
    <message>
        <location filename="../baclofen_companion/ui/doses/correct.py" line="+40"/>
        <source>✔ Taken</source>
        <translation>✔ Eingenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⤼ Skipped</source>
        <translation>⤼ Ausgelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✖ Missed</source>
        <translation>✖ Versäumt</translation>
    </message>
    <message>
        <location filename="../baclofen_companion/ui/doses/log.py" line="+13"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All history</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen dates</source>
        <translation>Gewählte Tage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Medicine filter</source>
        <translation>Medikamentenfilter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medikament:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the selected dose</source>
        <translation>Gewählte Dosis korrigieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of logged doses</source>
        <translation>Anzahl eingetragener Dosen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dose log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>All medicines</source>
        <translation>Alle Medikamente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{medicine} (archived)</source>
        <translation>{medicine} (archiviert)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No one is set up yet.</source>
        <translation>Es ist noch niemand eingerichtet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 logged dose</source>
        <translation>1 eingetragene Dosis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} logged doses</source>
        <translation>{n} eingetragene Dosen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a dose in the table first, then choose Correct….</source>
        <translation>Wählen Sie zuerst eine Dosis in der Tabelle, dann „Korrigieren…“.</translation>
    </message>
</context>
<context>
    <name>DoseTimesEditor</name>
    <message>
        <location filename="../baclofen_companion/ui/medicines/form.py" line="+234"/>
        <source>&lt;b&gt;Time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Uhrzeit&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Amount (mg)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Menge (mg)&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Measured as&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abgemessen als&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a &amp;dose time</source>
        <translation>Einnahmezeit &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a dose time</source>
        <translation>Einnahmezeit hinzufügen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Time of dose {n}</source>
        <translation>Uhrzeit der Dosis {n}</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Amount of dose {n} in mg</source>
        <translation>Menge der Dosis {n} in mg</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Remove dose {n}</source>
        <translation>Dosis {n} entfernen</translation>
    </message>
</context>
<context>
    <name>DrivingNotice</name>
    <message>
        <location filename="../baclofen_companion/ui/shell/driving_notice.py" line="+30"/>
        <source>Driving caution</source>
        <translation>Hinweis zum Autofahren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the driving caution</source>
        <translation>Hinweis zum Autofahren schließen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;{caution}&lt;/b&gt; ({why}; until {date})</source>
        <translation>&lt;b&gt;{caution}&lt;/b&gt; ({why}; bis {date})</translation>
    </message>
</context>
<context>
    <name>EditDoseDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/doses/correct.py" line="+21"/>
        <source>Correct a logged dose</source>
        <translation>Eingetragene Dosis korrigieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{medicine}&lt;/b&gt; {amount}, the {time} dose of {date}</source>
        <translation>&lt;b&gt;{medicine}&lt;/b&gt; {amount}, die Dosis um {time} am {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time taken</source>
        <translation>Eingenommen um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for the change</source>
        <translation>Grund für die Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. I took it later than I logged</source>
        <translation>z. B. Ich habe sie später genommen als eingetragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time taken:</source>
        <translation>&amp;Eingenommen um:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes so far:</source>
        <translation>Bisherige Änderungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes so far</source>
        <translation>Bisherige Änderungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>recorded</source>
        <translation>eingetragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undone</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>that time is still to come.</source>
        <translation>diese Uhrzeit liegt noch in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/shell/errors.py" line="-98"/>
        <source>The details were written to {log}.</source>
        <translation>Die Einzelheiten stehen in {log}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Something went wrong in Baclofen Companion.</source>
        <translation>In Baclofen Companion ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you were doing may not have been saved.</source>
        <translation>Was Sie gerade getan haben, wurde möglicherweise nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../baclofen_companion/ui/widgets/common.py" line="+106"/>
        <source>Form error</source>
        <translation>Fehler im Formular</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/files/export_dialog.py" line="+64"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+87"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Save a spreadsheet (CSV file) to bring to your prescriber. It holds health information: keep it private.</source>
        <translation>Speichert eine Tabelle (CSV-Datei) für Ihre Ärztin oder Ihren Arzt. Sie enthält Gesundheitsdaten: Geben Sie sie nicht weiter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Diary and withdrawal check-ins</source>
        <translation>&amp;Tagebuch und Rückmeldungen zur Entzugswarnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export diary entries and check-ins</source>
        <translation>Tagebucheinträge und Rückmeldungen exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;oses: taken, skipped and missed</source>
        <translation>D&amp;osen: eingenommen, ausgelassen und versäumt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses</source>
        <translation>Dosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export logged doses</source>
        <translation>Eingetragene Dosen exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;re: appointments, questions and lab checks</source>
        <translation>Arztter&amp;mine, Fragen und Laborkontrollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care</source>
        <translation>Arzttermine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export appointments, questions for the doctor and lab checks</source>
        <translation>Arzttermine, Fragen an die Ärztin oder den Arzt und Laborkontrollen exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the export file</source>
        <translation>Exportdatei wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export result</source>
        <translation>Ergebnis des Exports</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>There is no one to export yet.</source>
        <translation>Es gibt noch niemanden zum Exportieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save the file.</source>
        <translation>Wählen Sie, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first day comes after the last day.</source>
        <translation>Der erste Tag liegt nach dem letzten Tag.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the file…</source>
        <translation>Die Datei wird geschrieben…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✔ Wrote {summary} for {person} to {path}</source>
        <translation>✔ {summary} von {person} nach {path} geschrieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be written: {0}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} gibt es schon. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>ExtraDoseDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/today/extra_dose.py" line="+54"/>
        <source>Log an extra dose</source>
        <translation>Zusätzliche Dosis eintragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a dose outside the schedule — an as-needed dose your prescriber allows. It counts in the day&apos;s total.</source>
        <translation>Für eine Dosis außerhalb des Plans — eine Bedarfsdosis, die Ihre Ärztin oder Ihr Arzt erlaubt. Sie zählt zur Tagesmenge.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount in mg</source>
        <translation>Menge in mg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time taken</source>
        <translation>Eingenommen um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. bad spasms tonight</source>
        <translation>z. B. starke Spasmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medikament:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount (mg):</source>
        <translation>&amp;Menge (mg):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Taken at:</source>
        <translation>&amp;Eingenommen um:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That time is still to come.</source>
        <translation>Diese Uhrzeit liegt noch in der Zukunft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please say why this extra dose was taken.</source>
        <translation>Bitte sagen Sie, warum diese zusätzliche Dosis genommen wurde.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Please check this extra dose</source>
        <translation>Bitte prüfen Sie diese zusätzliche Dosis</translation>
    </message>
</context>
<context>
    <name>ExtraRow</name>
    <message>
        <location filename="../baclofen_companion/ui/today/cards.py" line="-181"/>
        <source>Extra {medicine} at {time}</source>
        <translation>Zusätzlich {medicine} um {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;{medicine}&lt;/b&gt; — {amount} (extra): {reason}</source>
        <translation>&lt;b&gt;{medicine}&lt;/b&gt; — {amount} (zusätzlich): {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo: {what}</source>
        <translation>Rückgängig: {what}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/people/first_run.py" line="+45"/>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Welcome to Baclofen Companion</source>
        <translation>Willkommen bei Baclofen Companion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let&apos;s set up another person and their baclofen.</source>
        <translation>Richten wir eine weitere Person und ihr Baclofen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let&apos;s set up the first person and their baclofen.</source>
        <translation>Richten wir die erste Person und ihr Baclofen ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amounts below are the label&apos;s usual starting dose (5 mg three times a day). Change them to match what the prescriber told you.</source>
        <translation>Die Mengen unten sind die übliche Anfangsdosis laut Beipackzettel (3-mal täglich 5 mg). Ändern Sie sie so, wie es Ihre Ärztin oder Ihr Arzt gesagt hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who takes it</source>
        <translation>Wer es nimmt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person&apos;s name</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Sam</source>
        <translation>z. B. Sam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home time zone</source>
        <translation>Heimat-Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a city or country, for example London or Germany</source>
        <translation>Eine Stadt oder ein Land eingeben, zum Beispiel London oder Deutschland</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person&apos;s &amp;name:</source>
        <translation>&amp;Name der Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home &amp;time zone:</source>
        <translation>Heimat-&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their medicine</source>
        <translation>Das Medikament</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>May be taken with food or milk</source>
        <translation>Kann mit Essen oder Milch eingenommen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dose times (confirm with your prescriber):</source>
        <translation>Einnahmezeiten (mit Ihrer Ärztin oder Ihrem Arzt abstimmen):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start</source>
        <translation>&amp;Loslegen</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/shell/guide.py" line="+32"/>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the day&apos;s doses: press Taken or Skip as you go (Ctrl+1).</source>
        <translation>die Dosen des Tages: Drücken Sie jeweils Eingenommen oder Auslassen (Strg+1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every dose answered, to check or correct (Ctrl+2).</source>
        <translation>jede beantwortete Dosis, zum Nachsehen oder Korrigieren (Strg+2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strengths, dose times, titration and taper plans, stock (Ctrl+3).</source>
        <translation>Stärken, Einnahmezeiten, Aufdosier- und Ausschleichpläne, Vorrat (Strg+3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travel</source>
        <translation>Reisen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>what to pack and the dose times on a trip (Ctrl+4).</source>
        <translation>was einzupacken ist und die Einnahmezeiten auf Reisen (Strg+4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>how you feel, side effects and red flags (Ctrl+5).</source>
        <translation>wie es Ihnen geht, Nebenwirkungen und Warnzeichen (Strg+5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stiffness, pain and doses over weeks (Ctrl+6).</source>
        <translation>Steifheit, Schmerzen und Dosen über Wochen (Strg+6).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care</source>
        <translation>Arzttermine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appointments, questions for the doctor and lab checks (Ctrl+7).</source>
        <translation>Arzttermine, Fragen an die Ärztin oder den Arzt und Laborwerte (Strg+7).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pump</source>
        <translation>Pumpe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an intrathecal pump&apos;s refill dates, its alarm, the emergency card (Ctrl+8).</source>
        <translation>Nachfülltermine einer intrathekalen Pumpe, ihr Alarm, der Notfallausweis (Strg+8).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your data stays on this computer, in {path}. A backup is made there every day (in backups/); File → Restore from backup… brings one back.</source>
        <translation>Ihre Daten bleiben auf diesem Computer, in {path}. Dort wird jeden Tag eine Sicherung angelegt (in backups/); Datei → Aus Sicherung wiederherstellen… holt eine zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tabs</source>
        <translation>Die Reiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A forgotten dose</source>
        <translation>Eine vergessene Dosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Guide to {app}</source>
        <translation>Anleitung zu {app}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open data folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
</context>
<context>
    <name>LabCheckDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/care/dialogs.py" line="+39"/>
        <source>Add a lab check</source>
        <translation>Laborkontrolle hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test</source>
        <translation>&amp;Untersuchung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: kidney function (eGFR), creatinine</source>
        <translation>Zum Beispiel: Nierenfunktion (eGFR), Kreatinin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due by</source>
        <translation>&amp;Fällig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test your prescriber asked for. Add the result when you have it.</source>
        <translation>Eine Untersuchung, um die Ihre Ärztin oder Ihr Arzt gebeten hat. Tragen Sie das Ergebnis ein, sobald Sie es haben.</translation>
    </message>
</context>
<context>
    <name>LabResultDialog</name>
    <message>
        <location line="+11"/>
        <source>Record a lab result</source>
        <translation>Laborergebnis eintragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: mL/min/1.73 m²</source>
        <translation>Zum Beispiel: mL/min/1,73 m²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of the test</source>
        <translation>Datum der Untersuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the &amp;test</source>
        <translation>&amp;Datum der Untersuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{test}: write the result as the lab gave it. Your prescriber reads it.</source>
        <translation>{test}: Schreiben Sie das Ergebnis so auf, wie das Labor es angegeben hat. Ihre Ärztin oder Ihr Arzt liest es.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../baclofen_companion/ui/shell/i18n.py" line="+45"/>
        <source>System default</source>
        <translation>Systemeinstellung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location line="+148"/>
        <location filename="../baclofen_companion/ui/shell/main_window.py" line="+395"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../baclofen_companion/ui/shell/main_window.py" line="-290"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>Dose &amp;log</source>
        <translation>Pr&amp;otokoll</translation>
    </message>
    <message>
        <location line="-322"/>
        <source>Dose log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+323"/>
        <source>&amp;Medicines</source>
        <translation>&amp;Medikamente</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travel</source>
        <translation>Reisen</translation>
    </message>
    <message>
        <location line="+325"/>
        <source>&amp;Diary</source>
        <translation>Tage&amp;buch</translation>
    </message>
    <message>
        <location line="-324"/>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+307"/>
        <source>&amp;Charts</source>
        <translation>D&amp;iagramme</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Care</source>
        <translation>Arzttermine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pump</source>
        <translation>Pumpe</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appointment re&amp;port…</source>
        <translation>Bericht für den Arzt&amp;termin…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add a person…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename this person…</source>
        <translation>Person &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ar&amp;chive this person…</source>
        <translation>Person ar&amp;chivieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bring back an archived person…</source>
        <translation>Archivierte Person &amp;zurückholen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Switch person</source>
        <translation>Person &amp;wechseln</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Today&apos;s doses</source>
        <translation>Dosen von &amp;heute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tra&amp;vel supply</source>
        <translation>Vorrat für &amp;Reisen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a diary &amp;entry…</source>
        <translation>Tagebuch&amp;eintrag hinzufügen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;are: appointments and lab checks</source>
        <translation>Arzttermine und &amp;Laborkontrollen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;ump</source>
        <translation>&amp;Pumpe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My pump is &amp;beeping</source>
        <translation>Meine Pumpe p&amp;iept</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Previous day</source>
        <translation>&amp;Vorheriger Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next day</source>
        <translation>&amp;Nächster Tag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back to t&amp;oday</source>
        <translation>Zurück zu heu&amp;te</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send a test &amp;reminder</source>
        <translation>Test-&amp;Erinnerung senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Baclofen Companion</source>
        <translation>&amp;Über Baclofen Companion</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Helps you take baclofen on time, change doses safely, never run out, and bring a clear diary to the doctor.</source>
        <translation>Hilft Ihnen, Baclofen pünktlich zu nehmen, Dosen sicher zu ändern, nie ohne Vorrat zu sein und ein klares Tagebuch zur Ärztin oder zum Arzt mitzubringen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your data stays on this computer, in {path}.</source>
        <translation>Ihre Daten bleiben auf diesem Computer, in {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free software under the GNU General Public License, version 3 or later ({spdx}). It comes with no warranty.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später ({spdx}). Ohne jede Gewährleistung.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Close Baclofen Companion?</source>
        <translation>Baclofen Companion schließen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no tray on this desktop, so reminders stop while the app is closed. Close it anyway?</source>
        <translation>Diese Oberfläche hat keinen Infobereich, daher enden die Erinnerungen, solange die App geschlossen ist. Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>MedicineDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/medicines/dialogs.py" line="-195"/>
        <source>Edit medicine</source>
        <translation>Medikament bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a medicine</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>To change amounts or times, use Change doses….</source>
        <translation>Mengen oder Uhrzeiten ändern Sie über „Dosen ändern…“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose times, from today:</source>
        <translation>Einnahmezeiten, ab heute:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{other} is already listed at {other_strength} mg/mL and this one is {strength} mg/mL. Mixing up the two strengths gives 5 times too much or too little: check the bottles and keep them apart.</source>
        <translation>{other} steht schon mit {other_strength} mg/ml in der Liste, und dieses hat {strength} mg/ml. Wer die beiden Stärken verwechselt, nimmt 5-mal zu viel oder zu wenig: Prüfen Sie die Flaschen und bewahren Sie sie getrennt auf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Please check</source>
        <translation>Bitte prüfen</translation>
    </message>
</context>
<context>
    <name>MedicineFields</name>
    <message>
        <location filename="../baclofen_companion/ui/medicines/form.py" line="-254"/>
        <source>Tablets</source>
        <translation>Tabletten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquid (oral solution or suspension)</source>
        <translation>Flüssig (Lösung oder Suspension zum Einnehmen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Granules (packets)</source>
        <translation>Granulat (Beutel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the concentration on the bottle…</source>
        <translation>Konzentration auf der Flasche wählen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 mg per mL — 5 mg in 5 mL (e.g. Ozobax)</source>
        <translation>1 mg pro ml — 5 mg in 5 ml (z. B. Ozobax)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>5 mg per mL — 25 mg in 5 mL (e.g. Fleqsuvy)</source>
        <translation>5 mg pro ml — 25 mg in 5 ml (z. B. Fleqsuvy)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another concentration — type it twice</source>
        <translation>Andere Konzentration — zweimal eingeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mg per tablet</source>
        <translation>mg pro Tablette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mg per mL</source>
        <translation>mg pro ml</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mg per packet</source>
        <translation>mg pro Beutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mg per dose unit</source>
        <translation>mg pro Einheit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Medicine name</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concentration</source>
        <translation>Konzentration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strength again</source>
        <translation>Stärke nochmals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type the mg per mL again</source>
        <translation>mg pro ml nochmals eingeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum a day</source>
        <translation>Höchstens pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scored: tablets may be halved</source>
        <translation>Bruchkerbe: Tabletten dürfen geteilt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored tablets</source>
        <translation>Tabletten mit Bruchkerbe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instructions</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. take with food or milk</source>
        <translation>z. B. mit Essen oder Milch einnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medicine name:</source>
        <translation>&amp;Medikamentname:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>St&amp;rength:</source>
        <translation>&amp;Stärke:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Concentration:</source>
        <translation>&amp;Konzentration:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Strength &amp;again:</source>
        <translation>Stärke &amp;nochmals:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Instructions:</source>
        <translation>&amp;Hinweise:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;ximum a day (mg):</source>
        <translation>Hö&amp;chstens pro Tag (mg):</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Choose the concentration printed on the bottle.</source>
        <translation>Wählen Sie die Konzentration, die auf der Flasche steht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two concentrations you typed differ; check the bottle.</source>
        <translation>Die beiden eingegebenen Konzentrationen sind verschieden; prüfen Sie die Flasche.</translation>
    </message>
</context>
<context>
    <name>MedicinesView</name>
    <message>
        <location filename="../baclofen_companion/ui/medicines/view.py" line="+47"/>
        <source>scored tablets</source>
        <translation>Tabletten mit Bruchkerbe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tablets</source>
        <translation>Tabletten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liquid</source>
        <translation>flüssig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>granules</source>
        <translation>Granulat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No doses scheduled yet.</source>
        <translation>Noch keine Dosen geplant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{doses}  (total {total} a day)</source>
        <translation>{doses}  (insgesamt {total} pro Tag)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add medicine…</source>
        <translation>Medikament &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;doses…</source>
        <translation>&amp;Dosen ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archi&amp;ve…</source>
        <translation>Archi&amp;vieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise gradual&amp;ly…</source>
        <translation>&amp;Langsam steigern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Taper…</source>
        <translation>&amp;Ausschleichen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stoc&amp;k and refills…</source>
        <translation>Vorrat und Nach&amp;schub…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add medicine</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit medicine</source>
        <translation>Medikament bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <source>Archive medicine</source>
        <translation>Medikament archivieren</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Change doses</source>
        <translation>Dosen ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise gradually</source>
        <translation>Langsam steigern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taper</source>
        <translation>Ausschleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock and refills</source>
        <translation>Vorrat und Nachschub</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Daily total, from a few days ago on&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tagesmenge, von vor ein paar Tagen an&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>From {date}: {doses}</source>
        <translation>Ab {date}: {doses}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Stock: not counted yet (Stock and refills…)</source>
        <translation>Vorrat: noch nicht gezählt (Vorrat und Nachschub…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand: {units}</source>
        <translation>Vorrat: {units}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Archiving {medicine} stops all its doses and reminders.</source>
        <translation>Wenn Sie {medicine} archivieren, enden alle Dosen und Erinnerungen dafür.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Archive {medicine}? It will no longer be planned or reminded; its logged doses stay in the dose log.</source>
        <translation>{medicine} archivieren? Es wird nicht mehr eingeplant und nicht mehr erinnert; die eingetragenen Dosen bleiben im Protokoll.</translation>
    </message>
</context>
<context>
    <name>NotifierChain</name>
    <message>
        <location filename="../baclofen_companion/services/notifier.py" line="+425"/>
        <source>Taken</source>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze all</source>
        <translation>Alle später erinnern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../baclofen_companion/ui/pump/view.py" line="+51"/>
        <source>not set</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>PackingList</name>
    <message>
        <location filename="../baclofen_companion/render/packing_list.py" line="+18"/>
        <source>Keep your medicines in your hand luggage, in their pharmacy boxes, with a copy of your prescription: checked bags get lost or delayed.</source>
        <translation>Tragen Sie Ihre Medikamente im Handgepäck, in der Originalpackung, mit einer Kopie Ihres Rezepts: Aufgegebenes Gepäck geht verloren oder kommt zu spät.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never stop baclofen suddenly. If you run short while away, see a doctor or pharmacist there straight away.</source>
        <translation>Setzen Sie Baclofen nie plötzlich ab. Wenn es unterwegs knapp wird, gehen Sie sofort vor Ort zu einer Ärztin, einem Arzt oder in eine Apotheke.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Packing list</source>
        <translation>Packliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip to {place} ({zone})</source>
        <translation>Reise nach {place} ({zone})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leaving: {when}</source>
        <translation>Abreise: {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back home: {when}</source>
        <translation>Zurück zu Hause: {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack</source>
        <translation>Einpacken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses</source>
        <translation>Dosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hand</source>
        <translation>Vorrat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicines to pack</source>
        <translation>Einzupackende Medikamente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (1 bottle)</source>
        <translation> (1 Flasche)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ({n} bottles)</source>
        <translation> ({n} Flaschen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be made from this strength</source>
        <translation>mit dieser Stärke nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{trip} doses on the trip and {buffer} spare doses</source>
        <translation>{trip} Dosen auf der Reise und {buffer} Reservedosen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dose times at {where}, local time</source>
        <translation>Einnahmezeiten in {where}, Ortszeit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no doses</source>
        <translation>keine Dosen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This list follows the plan you entered; confirm it with your prescriber.</source>
        <translation>Diese Liste folgt dem Plan, den Sie eingetragen haben; stimmen Sie ihn mit Ihrer Ärztin oder Ihrem Arzt ab.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{amount} — cannot be made from {strength}</source>
        <translation>{amount} — nicht aus {strength} herstellbar</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../baclofen_companion/ui/people/actions.py" line="+79"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name for {person}:</source>
        <translation>Neuer Name für {person}:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Archive this person?</source>
        <translation>Diese Person archivieren?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive {person}? Their reminders stop and they leave the person list. Nothing is deleted: their doses, diary and plans stay, and People → Bring back… returns them.</source>
        <translation>{person} archivieren? Die Erinnerungen enden und die Person verschwindet aus der Liste. Nichts wird gelöscht: Dosen, Tagebuch und Pläne bleiben, und Personen → Zurückholen… holt die Person zurück.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Archive {person}</source>
        <translation>{person} archivieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bring back a person</source>
        <translation>Person zurückholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No one is archived.</source>
        <translation>Niemand ist archiviert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
</context>
<context>
    <name>PersonSwitcher</name>
    <message>
        <location line="-96"/>
        <source>Person shown</source>
        <translation>Angezeigte Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose doses, medicines, diary and supply the tabs show</source>
        <translation>Wessen Dosen, Medikamente, Tagebuch und Vorrat die Reiter zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pe&amp;rson:</source>
        <translation>P&amp;erson:</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/medicines/plan_dialog.py" line="+74"/>
        <source>Raise {medicine} gradually</source>
        <translation>{medicine} langsam steigern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taper {medicine}</source>
        <translation>{medicine} ausschleichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the numbers your prescriber gave you. The defaults are the label&apos;s usual titration: +5 mg on each dose every 3 days.</source>
        <translation>Geben Sie die Werte ein, die Ihre Ärztin oder Ihr Arzt Ihnen genannt hat. Vorgegeben ist die übliche Steigerung laut Beipackzettel: alle 3 Tage +5 mg je Einnahme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now: {total} a day. Reduce it step by step.</source>
        <translation>Jetzt: {total} pro Tag. Senken Sie die Menge Stufe für Stufe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starts on</source>
        <translation>Beginnt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dose times</source>
        <translation>Einnahmezeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start dose per dose in mg</source>
        <translation>Startdosis je Einnahme in mg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step in mg</source>
        <translation>Schritt in mg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days per step</source>
        <translation>Tage pro Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target in mg</source>
        <translation>Ziel in mg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger amount goes to</source>
        <translation>Größere Menge geht an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My prescriber told me to taper faster than 2 weeks</source>
        <translation>Ärztlich so verordnet: schneller als 2 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriber confirmed a faster taper</source>
        <translation>Ärztin/Arzt hat schnelleres Ausschleichen bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts &amp;on:</source>
        <translation>&amp;Beginnt am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose &amp;times:</source>
        <translation>Einnahme&amp;zeiten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start dose, each dose (mg):</source>
        <translation>&amp;Startdosis, je Einnahme (mg):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Raise each dose by (mg):</source>
        <translation>Jede Dosis &amp;erhöhen um (mg):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;arget, each dose (mg):</source>
        <translation>&amp;Ziel je Einnahme (mg):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;arget, a day (mg):</source>
        <translation>&amp;Ziel pro Tag (mg):</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Reduce the day&apos;s total by (mg):</source>
        <translation>Tages&amp;menge senken um (mg):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Days per step:</source>
        <translation>&amp;Tage pro Stufe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When a day does not split evenly, the larger dose is at:</source>
        <translation>Größere Dosis bei ungleicher Teilung um:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preview the steps</source>
        <translation>Stufen &amp;anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the steps</source>
        <translation>Stufen anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan steps</source>
        <translation>Stufen des Plans</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add at least one dose time.</source>
        <translation>Fügen Sie mindestens eine Einnahmezeit hinzu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the latest dose</source>
        <translation>die späteste Dosis</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} (mg)</source>
        <translation>{time} (mg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Above the maximum</source>
        <translation>Über dem Höchstwert</translation>
    </message>
</context>
<context>
    <name>PlanTimeline</name>
    <message>
        <location filename="../baclofen_companion/ui/medicines/timeline.py" line="+22"/>
        <source>Plan timeline</source>
        <translation>Zeitleiste des Plans</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>from {date}: {doses} ({total} a day)</source>
        <translation>ab {date}: {doses} ({total} pro Tag)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No plan yet</source>
        <translation>Noch kein Plan</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>▲ today</source>
        <translation>▲ heute</translation>
    </message>
</context>
<context>
    <name>PumpCard</name>
    <message>
        <location filename="../baclofen_companion/render/pump_card.py" line="+73"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pump clinic</source>
        <translation>Pumpenambulanz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not let the pump run empty or stop suddenly.</source>
        <translation>Die Pumpe darf nicht leer laufen oder plötzlich aufhören.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the pump clinic wrote them:</source>
        <translation>Wie von der Pumpenambulanz notiert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concentration</source>
        <translation>Konzentration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily dose</source>
        <translation>Tagesdosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next refill</source>
        <translation>Nächste Füllung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral baclofen</source>
        <translation>Baclofen zum Einnehmen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Pump emergency card — {name}</source>
        <translation>Notfallkarte Pumpe — {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} cannot be written.</source>
        <translation>{path} kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} cannot be written: {why}.</source>
        <translation>{path} kann nicht geschrieben werden: {why}.</translation>
    </message>
</context>
<context>
    <name>PumpView</name>
    <message>
        <location filename="../baclofen_companion/ui/pump/view.py" line="+28"/>
        <source>&lt;b&gt;Intrathecal baclofen pump&lt;/b&gt; — the pump clinic sets its doses; this page keeps what their printout says, reminds you of refill visits and makes an emergency card.</source>
        <translation>&lt;b&gt;Intrathekale Baclofen-Pumpe&lt;/b&gt; — die Dosen legt die Pumpenambulanz fest; diese Seite hält fest, was auf ihrem Ausdruck steht, erinnert an die Termine zum Auffüllen und erstellt eine Notfallkarte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pump refill status</source>
        <translation>Stand der Pumpenfüllung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>as the clinic wrote it, e.g. 500 mcg/mL</source>
        <translation>wie von der Ambulanz notiert, z. B. 500 µg/ml</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the clinic wrote it, e.g. 150 mcg/day</source>
        <translation>wie von der Ambulanz notiert, z. B. 150 µg/Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pump &amp;clinic:</source>
        <translation>Pumpen&amp;ambulanz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic pho&amp;ne:</source>
        <translation>&amp;Telefon der Ambulanz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;oncentration:</source>
        <translation>&amp;Konzentration:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dai&amp;ly dose:</source>
        <translation>Tage&amp;sdosis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt refill:</source>
        <translation>&amp;Nächste Füllung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-reservoir &amp;alarm date:</source>
        <translation>A&amp;larm „Reservoir fast leer“ am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pump replacement da&amp;te:</source>
        <translation>Pumpen&amp;wechsel am:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save pump details</source>
        <translation>Pumpendaten sp&amp;eichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refill &amp;done today</source>
        <translation>He&amp;ute aufgefüllt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records today&apos;s refill; enter the clinic&apos;s next refill date first.</source>
        <translation>Hält die heutige Füllung fest; tragen Sie vorher das nächste Fülldatum der Ambulanz ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My pump is &amp;beeping</source>
        <translation>Meine Pumpe p&amp;iept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Emergency card (PDF)…</source>
        <translation>N&amp;otfallkarte (PDF)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pump message</source>
        <translation>Meldung zur Pumpe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pump refills and alarms</source>
        <translation>Füllungen und Alarme der Pumpe</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Refill recorded</source>
        <translation>Füllung eingetragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarm (beeping) recorded</source>
        <translation>Alarm (Piepen) eingetragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No refills recorded yet.</source>
        <translation>Noch keine Füllung eingetragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No refill date saved yet.</source>
        <translation>Noch kein Fülldatum gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ The refill date {date} has passed with no refill recorded.</source>
        <translation>⚠ Der Fülltermin {date} ist vorbei, ohne dass eine Füllung eingetragen wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refill recorded. Enter the clinic&apos;s next refill date.</source>
        <translation>Füllung eingetragen. Tragen Sie das nächste Fülldatum der Ambulanz ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next refill: today, {date}.</source>
        <translation>Nächste Füllung: heute, {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next refill: {date}, in {n} days.</source>
        <translation>Nächste Füllung: {date}, in {n} Tagen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pump details saved.</source>
        <translation>Pumpendaten gespeichert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Refill recorded for {date}.</source>
        <translation>Füllung für {date} eingetragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refill recorded for {date}. Enter the clinic&apos;s next refill date and save.</source>
        <translation>Füllung für {date} eingetragen. Tragen Sie das nächste Fülldatum der Ambulanz ein und speichern Sie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alarm recorded.</source>
        <translation>Alarm eingetragen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the pump emergency card</source>
        <translation>Notfallkarte für die Pumpe speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Emergency card saved: {path}</source>
        <translation>Notfallkarte gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>PumpWatch</name>
    <message>
        <location filename="../baclofen_companion/services/pump_watch.py" line="+25"/>
        <source>{person} — pump refill in a week</source>
        <translation>{person} — Pumpenfüllung in einer Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person} — pump refill in two days</source>
        <translation>{person} — Pumpenfüllung in zwei Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person} — pump refill today</source>
        <translation>{person} — Pumpenfüllung heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person} — pump withdrawal watch</source>
        <translation>{person} — Pumpe: auf Entzug achten</translation>
    </message>
</context>
<context>
    <name>PumpWithdrawalBanner</name>
    <message>
        <location filename="../baclofen_companion/ui/shell/pump_banner.py" line="+24"/>
        <source>Pump withdrawal watch</source>
        <translation>Pumpe: auf Entzug achten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;b&gt;⚠ Pump withdrawal watch — {person}:&lt;/b&gt; the refill date {date} has passed with no refill recorded.</source>
        <translation>&lt;b&gt;⚠ Pumpe: auf Entzug achten — {person}:&lt;/b&gt; der Fülltermin {date} ist vorbei, ohne dass eine Füllung eingetragen wurde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pump withdrawal watch for {person}</source>
        <translation>Pumpe: auf Entzug achten bei {person}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record the refill…</source>
        <translation>Füllung eintragen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the pump refill ({person})</source>
        <translation>Pumpenfüllung eintragen ({person})</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/care/dialogs.py" line="-48"/>
        <source>A question for the doctor</source>
        <translation>Eine Frage an die Ärztin oder den Arzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: Is the drowsiness likely to fade?</source>
        <translation>Zum Beispiel: Lässt die Schläfrigkeit wahrscheinlich nach?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Question</source>
        <translation>&amp;Frage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept for your next appointment and printed in its report, with the others.</source>
        <translation>Wird für Ihren nächsten Termin aufbewahrt und mit den anderen im Bericht gedruckt.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/files/recovery_dialog.py" line="+97"/>
        <source>{app} cannot open its data</source>
        <translation>{app} kann seine Daten nicht öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data file holds no one yet.</source>
        <translation>In Ihrer Datendatei ist noch niemand eingerichtet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your data file is missing.</source>
        <translation>Ihre Datendatei fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your data file is empty.</source>
        <translation>Ihre Datendatei ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your data file could not be opened.</source>
        <translation>Ihre Datendatei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing will be deleted. The file is kept in {folder}, renamed to {name}, so that it can be looked at or repaired later.</source>
        <translation>Nichts wird gelöscht. Die Datei bleibt in {folder}, umbenannt in {name}, damit sie später angesehen oder repariert werden kann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Restore the newest good backup</source>
        <translation>Neueste brauchbare Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made {when}, with {doses} logged doses. Doses logged after it was made will need entering again.</source>
        <translation>Erstellt am {when}, mit {doses} eingetragenen Dosen. Danach eingetragene Dosen müssen Sie erneut eintragen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup details</source>
        <translation>Angaben zur Sicherung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no backup that can be restored.</source>
        <translation>Es gibt keine Sicherung, die sich wiederherstellen lässt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No good backup</source>
        <translation>Keine brauchbare Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start fresh with no data</source>
        <translation>Ohne Daten neu beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start fresh</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The data could not be recovered: {why}</source>
        <translation>Die Daten konnten nicht wiederhergestellt werden: {why}</translation>
    </message>
</context>
<context>
    <name>RedFlagBanner</name>
    <message>
        <location filename="../baclofen_companion/ui/diary/red_flag_banner.py" line="+33"/>
        <source>Serious symptom warning</source>
        <translation>Warnung zu ernstem Symptom</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>…and {count} more serious symptoms noted in the diary.</source>
        <translation>…und {count} weitere ernste Symptome im Tagebuch.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ddd d MMM HH:mm</source>
        <translation>ddd, d. MMM HH:mm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Serious symptom — {person}, diary entry of {when}</source>
        <translation>⚠ Ernstes Symptom — {person}, Tagebucheintrag vom {when}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Serious symptom advice for {person}</source>
        <translation>Rat bei ernstem Symptom für {person}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss serious symptom warning ({person}, {when})</source>
        <translation>Warnung zu ernstem Symptom ausblenden ({person}, {when})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The entry stays marked in the diary.</source>
        <translation>Der Eintrag bleibt im Tagebuch markiert.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../baclofen_companion/ui/shell/banner.py" line="+31"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>…and {n} more on Today.</source>
        <translation>…und {n} weitere unter „Heute“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missed-dose advice</source>
        <translation>Rat bei vergessener Dosis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{person} {medicine} at {time}</source>
        <translation>{person} {medicine} um {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠ overdue</source>
        <translation>⚠ überfällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>● due now</source>
        <translation>● jetzt fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{person} — {medicine} {amount}&lt;/b&gt;, {time} dose ({state})</source>
        <translation>&lt;b&gt;{person} — {medicine} {amount}&lt;/b&gt;, Dosis um {time} ({state})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder for {name}</source>
        <translation>Erinnerung für {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taken</source>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze {minutes} min</source>
        <translation>In {minutes} Min. erinnern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{action} (reminder): {name}</source>
        <translation>{action} (Erinnerung): {name}</translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <location filename="../baclofen_companion/services/scheduler.py" line="+64"/>
        <source>Reminders may be late: the data file is busy.</source>
        <translation>Erinnerungen können sich verspäten: Die Datendatei ist belegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running out means stopping baclofen suddenly, which can be dangerous: ask your pharmacy or prescriber for a refill today.</source>
        <translation>Wenn der Vorrat ausgeht, wird Baclofen plötzlich abgesetzt — das kann gefährlich sein. Fragen Sie noch heute in der Apotheke oder bei Ihrer Ärztin oder Ihrem Arzt nach Nachschub.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not taken: on the trip the clock moved ahead and the next dose was due within 2 hours; never two doses at once.</source>
        <translation>Nicht genommen: Auf der Reise sprang die Uhr vor und die nächste Dosis war in weniger als 2 Stunden fällig; nie zwei Dosen auf einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not taken: the clocks went forward and skipped its time, which fell on the next dose; never two doses at once.</source>
        <translation>Nicht eingenommen: Die Uhr wurde vorgestellt und hat ihre Zeit übersprungen, die auf die nächste Dosis fiel; nie zwei Dosen auf einmal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marked missed automatically: its next dose was due within 2 hours.</source>
        <translation>Automatisch als versäumt eingetragen: Die nächste Dosis war in weniger als 2 Stunden fällig.</translation>
    </message>
    <message>
        <location line="+314"/>
        <source>{person} — {medicine} changes tomorrow</source>
        <translation>{person} — {medicine} ändert sich morgen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{person} — {medicine} changes today</source>
        <translation>{person} — {medicine} ändert sich heute</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{person} — baclofen withdrawal watch</source>
        <translation>{person} — Baclofen-Entzugswarnung</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{person} — {medicine} {strength}: refill now</source>
        <translation>{person} — {medicine} {strength}: jetzt Nachschub besorgen</translation>
    </message>
</context>
<context>
    <name>ReminderTrial</name>
    <message>
        <location filename="../baclofen_companion/ui/shell/trial.py" line="+17"/>
        <source>desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the desktop&apos;s notification portal</source>
        <translation>das Benachrichtigungsportal des Desktops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system notifications</source>
        <translation>Systembenachrichtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows notifications</source>
        <translation>Windows-Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Notification Centre</source>
        <translation>die Mitteilungszentrale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tray icon&apos;s message</source>
        <translation>die Meldung des Symbols im Infobereich</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Notifications work: a test reminder was shown through {path}.</source>
        <translation>Benachrichtigungen funktionieren: Eine Test-Erinnerung wurde über {path} angezeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you did not see it, check that notifications for Baclofen Companion are on (and Do Not Disturb is off) in your desktop&apos;s settings.</source>
        <translation>Wenn Sie sie nicht gesehen haben, prüfen Sie in den Einstellungen Ihres Desktops, ob Benachrichtigungen für Baclofen Companion eingeschaltet sind (und „Nicht stören“ aus ist).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No notification could be shown on this computer.</source>
        <translation>Auf diesem Computer konnte keine Benachrichtigung angezeigt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminders will still appear in this window. To get them as notifications, a notification service is needed: every desktop (GNOME, KDE, Xfce…) has one; on a bare window manager install one, for example dunst.</source>
        <translation>Erinnerungen erscheinen trotzdem in diesem Fenster. Für Benachrichtigungen ist ein Benachrichtigungsdienst nötig: Jeder Desktop (GNOME, KDE, Xfce …) hat einen; bei einem einfachen Fenstermanager installieren Sie einen, zum Beispiel dunst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no tray icon: on GNOME, install the &apos;AppIndicator and KStatusNotifierItem Support&apos; extension to see it.</source>
        <translation>Es gibt kein Symbol im Infobereich: Unter GNOME installieren Sie dafür die Erweiterung „AppIndicator and KStatusNotifierItem Support“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Test reminder</source>
        <translation>Test-Erinnerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test reminder result</source>
        <translation>Ergebnis der Test-Erinnerung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No dose is planned yet, so no reminder is coming.</source>
        <translation>Es ist noch keine Dosis geplant, daher kommt keine Erinnerung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>today at {time}</source>
        <translation>heute um {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first reminder comes {when}: {person} — {medicine} {amount}.</source>
        <translation>Die erste Erinnerung kommt {when}: {person} — {medicine} {amount}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>All set</source>
        <translation>Alles eingerichtet</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Send a test reminder now to check that this computer shows them.</source>
        <translation>Senden Sie jetzt eine Test-Erinnerung, um zu prüfen, ob dieser Computer sie anzeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send a &amp;test reminder</source>
        <translation>&amp;Test-Erinnerung senden</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../baclofen_companion/render/report.py" line="+78"/>
        <source>The first day must not be after the last day.</source>
        <translation>Der erste Tag darf nicht nach dem letzten Tag liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at most ten years.</source>
        <translation>Wählen Sie höchstens zehn Jahre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questions are limited to {n} characters.</source>
        <translation>Fragen dürfen höchstens {n} Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose where to save the report.</source>
        <translation>Wählen Sie, wo der Bericht gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder {path} does not exist.</source>
        <translation>Den Ordner {path} gibt es nicht.</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Stiffness, pain and baclofen</source>
        <translation>Steifheit, Schmerzen und Baclofen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Doses by time of day</source>
        <translation>Dosen nach Tageszeit</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{path} cannot be written.</source>
        <translation>{path} kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} cannot be written: {why}.</source>
        <translation>{path} kann nicht geschrieben werden: {why}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>page {n} of {m}</source>
        <translation>Seite {n} von {m}</translation>
    </message>
    <message>
        <location filename="../baclofen_companion/render/report_sections.py" line="+73"/>
        <source>Current plan</source>
        <translation>Aktueller Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No medicines are set up.</source>
        <translation>Es sind keine Medikamente eingerichtet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no doses now</source>
        <translation>zurzeit keine Dosen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From {day}: {doses}</source>
        <translation>Ab {day}: {doses}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liquid</source>
        <translation>Flüssigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>granules</source>
        <translation>Granulat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>andere Form</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, scored</source>
        <translation>, mit Bruchkerbe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes in this period</source>
        <translation>Änderungen in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No dose changes.</source>
        <translation>Keine Dosisänderungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warnings shown and what was chosen</source>
        <translation>Angezeigte Warnungen und was gewählt wurde</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chosen: log the extra dose anyway.</source>
        <translation>Gewählt: die zusätzliche Dosis trotzdem eintragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen: save the plan above the maximum.</source>
        <translation>Gewählt: den Plan über dem Höchstwert speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen: stop at once, as the prescriber said.</source>
        <translation>Gewählt: sofort absetzen, wie ärztlich angeordnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chosen: cut the dose at once, as the prescriber said.</source>
        <translation>Gewählt: die Dosis sofort senken, wie ärztlich angeordnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chosen: add the medicine anyway.</source>
        <translation>Gewählt: das Medikament trotzdem hinzufügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen: go ahead.</source>
        <translation>Gewählt: fortfahren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Doses taken</source>
        <translation>Eingenommene Dosen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On time: taken within 30 minutes of its time; late: after that.</source>
        <translation>Pünktlich: bis 30 Minuten nach der geplanten Zeit eingenommen; verspätet: danach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not answered: nothing was logged before the next dose was near.</source>
        <translation>Ohne Eintrag: Es wurde nichts eingetragen, bevor die nächste Dosis anstand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra doses</source>
        <translation>Zusätzliche Dosen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Side effects and red flags</source>
        <translation>Nebenwirkungen und Warnzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RED FLAG</source>
        <translation>WARNZEICHEN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Diary entries noting each side effect</source>
        <translation>Tagebucheinträge je Nebenwirkung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No side effects or red flags were noted.</source>
        <translation>Es wurden keine Nebenwirkungen oder Warnzeichen notiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stiffness / pain</source>
        <translation>Steifheit / Schmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <location filename="../baclofen_companion/render/report_care.py" line="+24"/>
        <source>Test</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the test</source>
        <translation>Datum der Untersuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../baclofen_companion/render/report_sections.py" line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Appointments and lab checks</source>
        <translation>Arzttermine und Laborkontrollen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last appointment</source>
        <translation>Letzter Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next appointment</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lab checks</source>
        <translation>Laborkontrollen</translation>
    </message>
    <message>
        <location filename="../baclofen_companion/render/report_sections.py" line="+17"/>
        <source>The latest {n} entries; {m} earlier ones are counted above.</source>
        <translation>Die letzten {n} Einträge; {m} frühere sind oben mitgezählt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Withdrawal check-ins</source>
        <translation>Rückmeldungen zur Entzugswarnung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Supply</source>
        <translation>Vorrat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stock not counted in the app</source>
        <translation>Vorrat in der App nicht erfasst</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{medicine}: {amount} on hand.</source>
        <translation>{medicine}: {amount} vorrätig.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pump clinic</source>
        <translation>Pumpenambulanz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concentration (as the clinic wrote it)</source>
        <translation>Konzentration (wie von der Ambulanz notiert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily dose (as the clinic wrote it)</source>
        <translation>Tagesdosis (wie von der Ambulanz notiert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next refill</source>
        <translation>Nächste Füllung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-reservoir alarm date</source>
        <translation>Alarm „Reservoir fast leer“ am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pump replacement</source>
        <translation>Pumpenwechsel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refills in this period</source>
        <translation>Füllungen in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pump alarms (beeping) in this period</source>
        <translation>Pumpenalarme (Piepen) in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intrathecal baclofen pump</source>
        <translation>Intrathekale Baclofen-Pumpe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Questions for my doctor</source>
        <translation>Fragen an Ärztin oder Arzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{day} (1 day)</source>
        <translation>{day} (1 Tag)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{first} to {last} ({days} days)</source>
        <translation>{first} bis {last} ({days} Tage)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made on {when} by {app}.</source>
        <translation>Erstellt am {when} mit {app}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appointment report: {name}</source>
        <translation>Bericht für den Arzttermin: {name}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/files/report_dialog.py" line="+58"/>
        <source>Appointment report</source>
        <translation>Bericht für den Arzttermin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions for my doctor</source>
        <translation>Fragen an Ärztin oder Arzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed in the report, with blank lines below to write more by hand.</source>
        <translation>Wird in den Bericht gedruckt, mit leeren Zeilen darunter, um von Hand mehr zu schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: Is the drowsiness likely to fade?</source>
        <translation>Zum Beispiel: Lässt die Schläfrigkeit wahrscheinlich nach?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save to</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save</source>
        <translation>Speicherort wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Questions for my doctor</source>
        <translation>&amp;Fragen an Ärztin oder Arzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save to</source>
        <translation>&amp;Speichern unter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A PDF for your appointment: the current plan and its changes, how doses went, charts, side effects and red flags from the diary, supply, and your questions.</source>
        <translation>Ein PDF für Ihren Arzttermin: der aktuelle Plan und seine Änderungen, wie die Einnahme lief, Diagramme, Nebenwirkungen und Warnzeichen aus dem Tagebuch, Vorrat und Ihre Fragen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report status</source>
        <translation>Status des Berichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report progress</source>
        <translation>Fortschritt des Berichts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save the report as</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No one is set up yet.</source>
        <translation>Es ist noch niemand eingerichtet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Questions are limited to {n} characters.</source>
        <translation>Fragen dürfen höchstens {n} Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Writing the report… page {n} of {m}</source>
        <translation>Der Bericht wird geschrieben… Seite {n} von {m}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✔ Saved the report ({n} pages) to {path}</source>
        <translation>✔ Bericht ({n} Seiten) unter {path} gespeichert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The report could not be written: {why}</source>
        <translation>Der Bericht konnte nicht geschrieben werden: {why}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/files/restore_dialog.py" line="+60"/>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd, dd. MMM yyyy</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the backup to go back to. Your data as it is now is saved as a backup first, so a restore can itself be undone.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Ihre jetzigen Daten werden vorher gesichert, sodass sich auch das Wiederherstellen rückgängig machen lässt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no backups yet. The app makes one every day.</source>
        <translation>Es gibt noch keine Sicherungen. Die App erstellt jeden Tag eine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backups</source>
        <translation>Keine Sicherungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore result</source>
        <translation>Ergebnis der Wiederherstellung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore progress</source>
        <translation>Fortschritt der Wiederherstellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected backup</source>
        <translation>Gewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The backups could not be read: {why}</source>
        <translation>Die Sicherungen konnten nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the backups…</source>
        <translation>Die Sicherungen werden gelesen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logged doses</source>
        <translation>Eingetragene Dosen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diary entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind} — cannot be restored</source>
        <translation>{kind} — nicht wiederherstellbar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This backup cannot be restored: {why}</source>
        <translation>Diese Sicherung lässt sich nicht wiederherstellen: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to your data as it was on {when}, with {doses} logged doses?</source>
        <translation>Zu Ihren Daten vom {when} mit {doses} eingetragenen Dosen zurückkehren?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Doses logged since then will no longer show. Your data as it is now is saved as a backup first, so you can come back to it.</source>
        <translation>Seitdem eingetragene Dosen werden nicht mehr angezeigt. Ihre jetzigen Daten werden vorher gesichert, sodass Sie zu ihnen zurückkehren können.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Restoring the backup… it is checked first and your data as it is now is saved.</source>
        <translation>Die Sicherung wird wiederhergestellt… Sie wird zuerst geprüft, und Ihre jetzigen Daten werden gesichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup was not restored: {why}</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: {why}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data file could not be opened again: {why} Please restart the app.</source>
        <translation>Die Datendatei konnte nicht wieder geöffnet werden: {why} Bitte starten Sie die App neu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✔ Restored the backup from {when} ({doses} logged doses).</source>
        <translation>✔ Die Sicherung vom {when} wurde wiederhergestellt ({doses} eingetragene Dosen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data as it was just before is kept as the backup {name}.</source>
        <translation>Ihre Daten von direkt davor bleiben als Sicherung {name} erhalten.</translation>
    </message>
</context>
<context>
    <name>SafetyDialogs</name>
    <message>
        <location filename="../baclofen_companion/ui/widgets/safety_dialogs.py" line="+25"/>
        <source>Save it anyway?</source>
        <translation>Trotzdem speichern?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/shell/settings_dialog.py" line="+55"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Repeat every</source>
        <translation>Wiederholen alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> times</source>
        <translation> Mal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat limit</source>
        <translation>Höchstzahl der Wiederholungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snooze for</source>
        <translation>Später erinnern nach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> doses in a row</source>
        <translation> Dosen hintereinander</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawal watch after missed doses</source>
        <translation>Entzugswarnung nach versäumten Dosen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawal watch after hours without a dose</source>
        <translation>Entzugswarnung nach Stunden ohne Dosis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days before running out</source>
        <translation> Tage, bevor der Vorrat ausgeht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refill reminder lead time</source>
        <translation>Vorlaufzeit der Nachschub-Erinnerung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes effect when you restart the app.</source>
        <translation>Wirkt, sobald Sie die App neu starten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language note</source>
        <translation>Hinweis zur Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start at login, in the tray</source>
        <translation>Beim Anmelden starten, im Infobereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat an unanswered reminder every:</source>
        <translation>Unbeantwortete Erinnerung &amp;wiederholen alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…at most this many &amp;times:</source>
        <translation>…höchstens so &amp;oft:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Snooze for:</source>
        <translation>&amp;Später erinnern nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal watch after &amp;missed baclofen:</source>
        <translation>Entzugswarnung nach &amp;versäumtem Baclofen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or after this long &amp;without a dose:</source>
        <translation>…oder nach so langer Zeit &amp;ohne Dosis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me to re&amp;fill:</source>
        <translation>An &amp;Nachschub erinnern:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A dose nobody answers is marked missed once its next dose is less than 2 hours away. You can still change it in the dose log.</source>
        <translation>Eine Dosis, auf die niemand antwortet, gilt als versäumt, sobald die nächste Dosis weniger als 2 Stunden entfernt ist. Sie können das im Protokoll noch ändern.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Start at login could not be changed: {why}</source>
        <translation>„Beim Anmelden starten“ ließ sich nicht ändern: {why}</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/medicines/stock_dialog.py" line="+35"/>
        <source>First count</source>
        <translation>Erste Zählung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refill</source>
        <translation>Nachschub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recount</source>
        <translation>Neu gezählt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stock — {name}</source>
        <translation>Vorrat — {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock summary</source>
        <translation>Übersicht Vorrat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a refill</source>
        <translation>Nachschub eintragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example 56</source>
        <translation>zum Beispiel 56</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refill amount in {noun}</source>
        <translation>Nachschub in {noun}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refill date</source>
        <translation>Datum des Nachschubs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pharmacy, prescription number… (optional)</source>
        <translation>Apotheke, Rezeptnummer… (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refill note</source>
        <translation>Notiz zum Nachschub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;refill</source>
        <translation>Nachschub &amp;eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add refill</source>
        <translation>Nachschub eintragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{noun} received:</source>
        <translation>{noun} erhalten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Count what you have</source>
        <translation>Zählen, was Sie haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example 23½</source>
        <translation>zum Beispiel 23½</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted {noun}</source>
        <translation>Gezählte {noun}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example: recounted, tablets dropped</source>
        <translation>zum Beispiel: neu gezählt, Tabletten heruntergefallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the new count</source>
        <translation>Grund für die neue Zählung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;count</source>
        <translation>Zählung &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save count</source>
        <translation>Zählung speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{noun} on hand now:</source>
        <translation>{noun} jetzt vorrätig:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock history</source>
        <translation>Verlauf des Vorrats</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not counted yet. Count the {noun} you have now, and add refills as they come: the app then subtracts every dose you mark as taken.</source>
        <translation>Noch nicht gezählt. Zählen Sie die {noun}, die Sie jetzt haben, und tragen Sie Nachschub ein, wenn er kommt: Die App zieht dann jede Dosis ab, die Sie als eingenommen eintragen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On hand: {units}</source>
        <translation>Vorrat: {units}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last dose it covers: {when}</source>
        <translation>Letzte abgedeckte Dosis: {when}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{new} (was {old})</source>
        <translation>{new} (vorher {old})</translation>
    </message>
</context>
<context>
    <name>TakenAtDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/today/taken_at.py" line="+41"/>
        <source>When was it taken?</source>
        <translation>Wann wurde sie eingenommen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{medicine} {amount}, the {time} dose of {date}</source>
        <translation>{medicine} {amount}, die Dosis um {time} am {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time taken</source>
        <translation>Eingenommen um</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time taken: that time is still to come.</source>
        <translation>Eingenommen um: Diese Uhrzeit liegt noch in der Zukunft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time taken: that is more than 12 hours before this dose was due; it belongs to an earlier dose.</source>
        <translation>Eingenommen um: Das ist mehr als 12 Stunden vor dieser Dosis; es gehört zu einer früheren Dosis.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../baclofen_companion/ui/widgets/task_progress.py" line="+21"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../baclofen_companion/ui/shell/theme.py" line="+32"/>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../baclofen_companion/ui/today/cards.py" line="-45"/>
        <source>Morning</source>
        <translation>Morgens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midday</source>
        <translation>Mittags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>Abends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night</source>
        <translation>Nachts</translation>
    </message>
    <message>
        <location filename="../baclofen_companion/ui/today/view.py" line="+95"/>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day shown</source>
        <translation>Angezeigter Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next day ▶</source>
        <translation>&amp;Nächster Tag ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to &amp;today</source>
        <translation>Zurück zu heu&amp;te</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to today</source>
        <translation>Zurück zu heute</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>◀ Pre&amp;vious day</source>
        <translation>◀ &amp;Vorheriger Tag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show every&amp;one&apos;s doses</source>
        <translation>Dosen &amp;aller Personen zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everyone&apos;s doses</source>
        <translation>Dosen aller Personen zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day summary</source>
        <translation>Tagesübersicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily total</source>
        <translation>Tagesmenge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan progress</source>
        <translation>Fortschritt des Plans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supply</source>
        <translation>Vorrat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log an &amp;extra dose…</source>
        <translation>&amp;Zusätzliche Dosis eintragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log an extra dose</source>
        <translation>Zusätzliche Dosis eintragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How are you feeling? &amp;Add a diary entry…</source>
        <translation>Wie geht es Ihnen? Tagebuch&amp;eintrag hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a diary entry</source>
        <translation>Tagebucheintrag hinzufügen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{day} — today</source>
        <translation>{day} — heute</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Everyone is archived. People → Bring back an archived person… returns them, with all their records.</source>
        <translation>Alle Personen sind archiviert. Personen → Archivierte Person zurückholen… holt sie mit allen Einträgen zurück.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No one is set up yet.</source>
        <translation>Es ist noch niemand eingerichtet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{person}&apos;s doses</source>
        <translation>Dosen von {person}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No doses to take today</source>
        <translation>Heute sind keine Dosen zu nehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No doses on {date}</source>
        <translation>Keine Dosen am {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{taken} of 1 dose taken today</source>
        <translation>{taken} von 1 Dosis heute eingenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{taken} of {planned} doses taken today</source>
        <translation>{taken} von {planned} Dosen heute eingenommen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{taken} of 1 dose taken on {date}</source>
        <translation>{taken} von 1 Dosis eingenommen am {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{taken} of {planned} doses taken on {date}</source>
        <translation>{taken} von {planned} Dosen eingenommen am {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone: {summary}</source>
        <translation>Alle: {summary}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taken {taken} of {planned} planned</source>
        <translation>Eingenommen: {taken} von {planned} geplant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} extra</source>
        <translation>{amount} zusätzlich</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{title} ({person})</source>
        <translation>{title} ({person})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not tracked before it was added</source>
        <translation>Vor dem Hinzufügen nicht erfasst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still open from yesterday</source>
        <translation>Noch offen von gestern</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Extra doses</source>
        <translation>Zusätzliche Dosen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No doses are planned on this day.</source>
        <translation>An diesem Tag sind keine Dosen geplant.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove this extra dose?</source>
        <translation>Diese zusätzliche Dosis entfernen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} and its reason will be removed from the log.</source>
        <translation>{what} wird mit dem Grund aus dem Protokoll entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove it</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{person}{medicine}: added at {time}. The doses before then are not tracked; reminders start with the next one.</source>
        <translation>{person}{medicine}: hinzugefügt um {time}. Die Dosen davor werden nicht erfasst; die Erinnerungen beginnen mit der nächsten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your next dose is close</source>
        <translation>Ihre nächste Dosis ist bald fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log it as taken</source>
        <translation>Als eingenommen eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this dose</source>
        <translation>Diese Dosis auslassen</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>It was taken; logged later on Today</source>
        <translation>Sie wurde eingenommen; später unter Heute erfasst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped on purpose; logged later on Today</source>
        <translation>Absichtlich ausgelassen; später unter Heute erfasst</translation>
    </message>
    <message>
        <location filename="../baclofen_companion/ui/today/pillbox.py" line="+94"/>
        <source>Doses of the day</source>
        <translation>Dosen des Tages</translation>
    </message>
</context>
<context>
    <name>TravelView</name>
    <message>
        <location filename="../baclofen_companion/ui/travel/view.py" line="+92"/>
        <source>Type where you are going, for example Tokyo or Europe/Paris.</source>
        <translation>Geben Sie Ihr Reiseziel ein, zum Beispiel Tokyo oder Europe/Paris.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Work out how much to pack for a trip, and when to take each dose there. Running out away from home is the usual way people stop baclofen suddenly.</source>
        <translation>Berechnen Sie, wie viel Sie für eine Reise einpacken müssen und wann Sie dort jede Dosis nehmen. Wenn unterwegs der Vorrat ausgeht, wird Baclofen am häufigsten plötzlich abgesetzt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leaving</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back home</source>
        <translation>Zurück zu Hause</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a city, for example Tokyo</source>
        <translation>Stadt eingeben, z. B. Tokyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination time zone</source>
        <translation>Zeitzone am Reiseziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a city, for example Tokyo or New_York</source>
        <translation>Geben Sie eine Stadt ein, zum Beispiel Tokyo oder Berlin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stay on home time</source>
        <translation>Bei der Zeit daheim bleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to local time</source>
        <translation>Auf Ortszeit umstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer days</source>
        <translation>Reservetage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a few days&apos; worth extra, in case of delays.</source>
        <translation>Nehmen Sie für ein paar Tage mehr mit, falls es Verspätungen gibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leaving (home time):</source>
        <translation>&amp;Abreise (Ortszeit daheim):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back home (home time):</source>
        <translation>&amp;Zurück zu Hause (Ortszeit daheim):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Destination:</source>
        <translation>Rei&amp;seziel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses during the trip:</source>
        <translation>Dosen während der Reise:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtra days to pack:</source>
        <translation>E&amp;xtra-Tage einpacken:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medicines to pack</source>
        <translation>Einzupackende Medikamente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Work it out</source>
        <translation>&amp;Berechnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work it out</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save packing list as PDF</source>
        <translation>Packliste als PDF speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print packing list</source>
        <translation>Packliste drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow this trip in reminders</source>
        <translation>Erinnerungen an diese Reise anpassen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trip result</source>
        <translation>Ergebnis für die Reise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day and time there</source>
        <translation>Tag und Uhrzeit vor Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose times at the destination</source>
        <translation>Einnahmezeiten am Reiseziel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved trips</source>
        <translation>Gespeicherte Reisen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Stop following the saved trip</source>
        <translation>Gespeicherte Reise nicht mehr beachten</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Pack {name}</source>
        <translation>{name} einpacken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usual strength</source>
        <translation>übliche Stärke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only this strength there, mg ({name})</source>
        <translation>Dort nur diese Stärke, mg ({name})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If only one strength may be available there (for example 10 mg), type it.</source>
        <translation>Falls es dort vielleicht nur eine Stärke gibt (zum Beispiel 10 mg), tragen Sie sie ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>can be halved</source>
        <translation>teilbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That strength can be halved ({name})</source>
        <translation>Diese Stärke lässt sich teilen ({name})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only this strength there:</source>
        <translation>Dort nur diese Stärke:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>for example 150</source>
        <translation>zum Beispiel 150</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bottle size in mL ({name})</source>
        <translation>Flaschengröße in ml ({name})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bottle size:</source>
        <translation>Flaschengröße:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mL</source>
        <translation>ml</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>{mark} &lt;b&gt;{name}: pack {pack}&lt;/b&gt; (for {trip} doses on the trip and {spare} spare doses) — {verdict}</source>
        <translation>{mark} &lt;b&gt;{name}: {pack} einpacken&lt;/b&gt; (für {trip} Dosen auf der Reise und {spare} Reservedosen) — {verdict}</translation>
    </message>
    <message>
        <location line="-205"/>
        <location line="+95"/>
        <source>The form changed: press Work it out again.</source>
        <translation>Das Formular hat sich geändert: Drücken Sie erneut auf „Berechnen“.</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>&amp;Stay on home time (the same moments as at home)</source>
        <translation>Bei der &amp;Zeit daheim bleiben (dieselben Zeitpunkte wie zu Hause)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to local time there (the same clock times)</source>
        <translation>Auf &amp;Ortszeit dort umstellen (dieselben Uhrzeiten)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>S&amp;ave packing list as PDF…</source>
        <translation>Packliste als PDF &amp;sichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pri&amp;nt…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow this trip in r&amp;eminders</source>
        <translation>Erinnerungen an diese Reise &amp;anpassen</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>“{text}” is not a number of mL.</source>
        <translation>„{text}“ ist keine Zahl in ml.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source> — 1 bottle</source>
        <translation> — 1 Flasche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — {n} bottles</source>
        <translation> — {n} Flaschen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Doses during the trip: {how}.</source>
        <translation>Dosen während der Reise: {how}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at {where} clock times</source>
        <translation>zu den Uhrzeiten in {where}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at home clock times (the list shows them in {where} time)</source>
        <translation>zu den Uhrzeiten daheim (die Liste zeigt sie in der Zeit von {where})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 dose</source>
        <translation>1 Dosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} doses</source>
        <translation>{n} Dosen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ddd d MMM yyyy HH:mm</source>
        <translation>ddd, d. MMM yyyy HH:mm</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save packing list</source>
        <translation>Packliste speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Packing list</source>
        <translation>Packliste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF could not be saved to {path}: {why}</source>
        <translation>Das PDF konnte nicht unter {path} gespeichert werden: {why}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved: {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&lt;b&gt;Reminders follow:&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Erinnerungen richten sich nach:&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No trip saved: reminders follow home time.</source>
        <translation>Keine Reise gespeichert: Die Erinnerungen folgen der Zeit daheim.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop following the trip?</source>
        <translation>Reise nicht mehr beachten?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders go back to home time for this trip. The packing list is not affected.</source>
        <translation>Die Erinnerungen folgen für diese Reise wieder der Zeit daheim. Die Packliste bleibt, wie sie ist.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../baclofen_companion/ui/shell/tray.py" line="+21"/>
        <source>{person} — {medicine} {amount} at {time}</source>
        <translation>{person} — {medicine} {amount} um {time}</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+60"/>
        <source>No dose due</source>
        <translation>Keine Dosis fällig</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Take now</source>
        <translation>Jetzt einnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Snooze {minutes} min</source>
        <translation>In {minutes} Min. erinnern</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open {app}</source>
        <translation>{app} öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Overdue: {dose}</source>
        <translation>Überfällig: {dose}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due now: {dose}</source>
        <translation>Jetzt fällig: {dose}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: {dose}</source>
        <translation>Als Nächstes: {dose}</translation>
    </message>
</context>
<context>
    <name>TroubleNotice</name>
    <message>
        <location filename="../baclofen_companion/ui/shell/banner.py" line="+14"/>
        <source>Reminder notice</source>
        <translation>Hinweis zu Erinnerungen</translation>
    </message>
</context>
<context>
    <name>UnavailableDialog</name>
    <message>
        <location filename="../baclofen_companion/ui/files/recovery_dialog.py" line="-185"/>
        <source>{app} cannot open its data</source>
        <translation>{app} kann seine Daten nicht öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data file cannot be used just now.</source>
        <translation>Ihre Datendatei kann gerade nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{reason}. {advice}</source>
        <translation>{reason}. {advice}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been changed or moved: your data stays in {path}.</source>
        <translation>Nichts wurde geändert oder verschoben: Ihre Daten bleiben in {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>WithdrawalBanner</name>
    <message>
        <location filename="../baclofen_companion/ui/shell/withdrawal_banner.py" line="+14"/>
        <source>I feel fine</source>
        <translation>Mir geht es gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have some of these signs</source>
        <translation>Ich habe einige dieser Anzeichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Withdrawal watch</source>
        <translation>Entzugswarnung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;⚠ Withdrawal watch — {person}:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;⚠ Entzugswarnung — {person}:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdrawal watch for {person}</source>
        <translation>Entzugswarnung für {person}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watch for: {signs}.</source>
        <translation>Achten Sie auf: {signs}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How do you feel?</source>
        <translation>Wie fühlen Sie sich?</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../baclofen_companion/app.py" line="-174"/>
        <source>a file has that name, not a folder</source>
        <translation>unter diesem Namen gibt es eine Datei, keinen Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data folder {folder} cannot be used: {why}.</source>
        <translation>Der Datenordner {folder} kann nicht verwendet werden: {why}.</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../baclofen_companion/render/text.py" line="+15"/>
        <source>This app supports your prescriber&apos;s plan and never replaces it. Confirm every amount with your prescriber.</source>
        <translation>Diese App unterstützt den Plan Ihrer Ärztin oder Ihres Arztes und ersetzt ihn nie. Stimmen Sie jede Menge mit Ihrer Ärztin oder Ihrem Arzt ab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forgot a dose? Take it when you remember, unless your next dose is due within 2 hours — then skip it. Never take two doses at once.</source>
        <translation>Dosis vergessen? Nehmen Sie sie, sobald es Ihnen einfällt — außer die nächste Dosis ist in weniger als 2 Stunden fällig, dann lassen Sie sie aus. Nehmen Sie nie zwei Dosen auf einmal.</translation>
    </message>
</context>
<context>
    <name>core.adherence</name>
    <message>
        <location filename="../baclofen_companion/core/adherence.py" line="+57"/>
        <source>{n} on time</source>
        <translation>{n} pünktlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} late</source>
        <translation>{n} verspätet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} skipped</source>
        <translation>{n} ausgelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} missed</source>
        <translation>{n} versäumt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} not answered</source>
        <translation>{n} ohne Eintrag</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>No doses were due in this range.</source>
        <translation>In diesem Zeitraum waren keine Dosen fällig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{taken} of {total} doses taken ({percent} %): {parts}.</source>
        <translation>{taken} von {total} Dosen eingenommen ({percent} %): {parts}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 was taken after the 2-hour rule said to skip.</source>
        <translation>1 Dosis wurde eingenommen, obwohl sie nach der 2-Stunden-Regel ausgelassen werden sollte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} were taken after the 2-hour rule said to skip.</source>
        <translation>{n} Dosen wurden eingenommen, obwohl sie nach der 2-Stunden-Regel ausgelassen werden sollten.</translation>
    </message>
</context>
<context>
    <name>core.care</name>
    <message>
        <location filename="../baclofen_companion/core/care.py" line="+75"/>
        <source>Please fill this in.</source>
        <translation>Bitte füllen Sie dies aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most {n} characters, please.</source>
        <translation>Bitte höchstens {n} Zeichen.</translation>
    </message>
</context>
<context>
    <name>core.csv_file</name>
    <message>
        <location filename="../baclofen_companion/core/csv_file.py" line="+89"/>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>part of the path is not a folder</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Cannot write to {path}: {reason}.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the folder {folder} does not exist</source>
        <translation>der Ordner {folder} existiert nicht</translation>
    </message>
</context>
<context>
    <name>core.dates</name>
    <message>
        <location filename="../baclofen_companion/core/text.py" line="+118"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>d MMM yyyy HH:mm</source>
        <translation>d. MMM yyyy HH:mm</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
</context>
<context>
    <name>core.diary</name>
    <message>
        <location filename="../baclofen_companion/core/diary.py" line="+22"/>
        <source>Stiffness</source>
        <translation>Steifheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spasms</source>
        <translation>Spasmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drowsiness</source>
        <translation>Schläfrigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dizziness</source>
        <translation>Schwindel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tiredness (fatigue)</source>
        <translation>Müdigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling sick (nausea)</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache</source>
        <translation>Kopfschmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trouble sleeping</source>
        <translation>Schlafstörungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry mouth</source>
        <translation>Mundtrockenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constipation</source>
        <translation>Verstopfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passing urine more often</source>
        <translation>Häufigeres Wasserlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light-headed on standing (low blood pressure)</source>
        <translation>Benommen beim Aufstehen (niedriger Blutdruck)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confusion</source>
        <translation>Verwirrtheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hallucinations (seeing or hearing things)</source>
        <translation>Halluzinationen (Dinge sehen oder hören, die nicht da sind)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trouble breathing</source>
        <translation>Atemnot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergic reaction (rash, swelling)</source>
        <translation>Allergische Reaktion (Ausschlag, Schwellung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seizure (fit)</source>
        <translation>Krampfanfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low mood or depression</source>
        <translation>Gedrückte Stimmung oder Depression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child: hyperactivity</source>
        <translation>Kind: Überaktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child: big change in behaviour</source>
        <translation>Kind: starke Verhaltensänderung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confusion</source>
        <translation>Verwirrtheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hallucinations</source>
        <translation>Halluzinationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trouble breathing</source>
        <translation>Atemnot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allergic reaction</source>
        <translation>allergische Reaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seizure</source>
        <translation>Krampfanfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low mood or depression</source>
        <translation>gedrückte Stimmung oder Depression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>child: hyperactivity</source>
        <translation>Kind: Überaktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>child: big change in behaviour</source>
        <translation>Kind: starke Verhaltensänderung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact your prescriber today and tell them what happened.</source>
        <translation>Melden Sie sich noch heute bei Ihrer Ärztin oder Ihrem Arzt und erzählen Sie, was passiert ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get urgent medical help now (call your emergency number).</source>
        <translation>Holen Sie sofort ärztliche Hilfe (rufen Sie den Notruf 112).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If doses were missed or stopped, this can be baclofen withdrawal: get urgent medical help now.</source>
        <translation>Wenn Dosen versäumt oder abgesetzt wurden, kann das ein Baclofen-Entzug sein: Holen Sie sofort ärztliche Hilfe.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Serious symptom noted: {names}.</source>
        <translation>Ernstes Symptom eingetragen: {names}.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The entry time needs a time zone.</source>
        <translation>Die Uhrzeit des Eintrags braucht eine Zeitzone.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{scale} must be a whole number 0 to 10.</source>
        <translation>{scale} muss eine ganze Zahl von 0 bis 10 sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{scale}: choose none, mild, moderate or severe.</source>
        <translation>{scale}: Wählen Sie keine, leicht, mittel oder stark.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown symptom: {names}.</source>
        <translation>Unbekanntes Symptom: {names}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drinks must be between 0 and {most}.</source>
        <translation>Getränke müssen zwischen 0 und {most} liegen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drinks are counted only when alcohol was taken.</source>
        <translation>Getränke werden nur gezählt, wenn Alkohol getrunken wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note is too long (over {most} characters).</source>
        <translation>Die Notiz ist zu lang (über {most} Zeichen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The entry is empty: fill in at least one thing.</source>
        <translation>Der Eintrag ist leer: Füllen Sie mindestens eine Sache aus.</translation>
    </message>
</context>
<context>
    <name>core.driving</name>
    <message>
        <location filename="../baclofen_companion/core/driving.py" line="+22"/>
        <source>Avoid driving or risky activities until you know how this dose affects you.</source>
        <translation>Fahren Sie nicht Auto und meiden Sie riskante Tätigkeiten, bis Sie wissen, wie diese Dosis auf Sie wirkt.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{medicine}: the first two weeks</source>
        <translation>{medicine}: die ersten zwei Wochen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{medicine}: the dose went up</source>
        <translation>{medicine}: die Dosis wurde erhöht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{medicine} adds to baclofen&apos;s drowsiness</source>
        <translation>{medicine} verstärkt die Müdigkeit durch Baclofen</translation>
    </message>
</context>
<context>
    <name>core.errors</name>
    <message>
        <location filename="../baclofen_companion/core/errors.py" line="+47"/>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Baclofen Companion could not save: {reason}.</source>
        <translation>Baclofen Companion konnte nicht speichern: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baclofen Companion could not read its data: {reason}.</source>
        <translation>Baclofen Companion konnte seine Daten nicht lesen: {reason}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Baclofen Companion could not use its data file: it is damaged.</source>
        <translation>Baclofen Companion kann seine Datendatei nicht verwenden: Sie ist beschädigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit Baclofen Companion and start it again: it keeps the damaged file aside and offers your newest good backup.</source>
        <translation>Beenden Sie Baclofen Companion und starten Sie es neu: Es legt die beschädigte Datei beiseite und bietet Ihre neueste gute Sicherung an.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Baclofen Companion could not save because of a fault in the app.</source>
        <translation>Baclofen Companion konnte wegen eines Fehlers in der App nicht speichern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Baclofen Companion could not read its data because of a fault in the app.</source>
        <translation>Baclofen Companion konnte seine Daten wegen eines Fehlers in der App nicht lesen.</translation>
    </message>
</context>
<context>
    <name>core.export</name>
    <message>
        <location filename="../baclofen_companion/core/export.py" line="+118"/>
        <source>1 appointment, question or lab check</source>
        <translation>1 Termin, Frage oder Laborkontrolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} appointments, questions and lab checks</source>
        <translation>{n} Termine, Fragen und Laborkontrollen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 dose</source>
        <translation>1 Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} doses</source>
        <translation>{n} Dosen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 diary entry</source>
        <translation>1 Tagebucheintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} diary entries</source>
        <translation>{n} Tagebucheinträge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 withdrawal check-in</source>
        <translation>1 Rückmeldung zur Entzugswarnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} withdrawal check-ins</source>
        <translation>{n} Rückmeldungen zur Entzugswarnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entries} and {checkins}</source>
        <translation>{entries} und {checkins}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} pump refills and alarms</source>
        <translation>{n} Pumpenfüllungen und -alarme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entries}; {pump}</source>
        <translation>{entries}; {pump}</translation>
    </message>
</context>
<context>
    <name>core.interactions</name>
    <message>
        <location filename="../baclofen_companion/core/interactions.py" line="+11"/>
        <source>opioid painkillers</source>
        <translation>Opioid-Schmerzmitteln</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>benzodiazepines</source>
        <translation>Benzodiazepinen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>sleep medicines (z-drugs)</source>
        <translation>Schlafmitteln (Z-Substanzen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>gabapentinoids</source>
        <translation>Gabapentinoiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sedating antihistamines</source>
        <translation>müde machenden Antihistaminika</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>other muscle relaxants</source>
        <translation>anderen Muskelentspannern</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{medicine} is one of the {group}. Taken with baclofen it can add to drowsiness and dizziness. Check with your prescriber or pharmacist, take care driving, and avoid alcohol.</source>
        <translation>{medicine} gehört zu den {group}. Zusammen mit Baclofen kann es Schläfrigkeit und Schwindel verstärken. Sprechen Sie mit Ihrer Ärztin, Ihrem Arzt oder der Apotheke, seien Sie vorsichtig beim Autofahren und meiden Sie Alkohol.</translation>
    </message>
</context>
<context>
    <name>core.plans</name>
    <message>
        <location filename="../baclofen_companion/core/plans.py" line="+82"/>
        <location line="+64"/>
        <source>Add at least one dose time.</source>
        <translation>Fügen Sie mindestens eine Einnahmezeit hinzu.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>{total} a day cannot be made from {strength} {form} doses (steps of {step}).</source>
        <translation>{total} pro Tag lässt sich nicht aus Dosen der Form „{form}“ zu {strength} herstellen (Schritte von {step}).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liquid</source>
        <translation>flüssig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>granules</source>
        <translation>Granulat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That would take more than {most} steps.</source>
        <translation>Das wären mehr als {most} Stufen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each step lasts 1 to 90 days.</source>
        <translation>Jede Stufe dauert 1 bis 90 Tage.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The start dose must be more than 0 mg.</source>
        <translation>Die Startdosis muss mehr als 0 mg sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The step must be more than 0 mg.</source>
        <translation>Der Schritt muss mehr als 0 mg sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target must not be below the start dose.</source>
        <translation>Das Ziel darf nicht unter der Startdosis liegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{total} a day is above this medicine&apos;s maximum of {limit} a day. More than that is for a specialist to decide.</source>
        <translation>{total} pro Tag liegt über dem Höchstwert dieses Medikaments von {limit} pro Tag. Über mehr entscheidet eine Fachärztin oder ein Facharzt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The reduction must be more than 0 mg a day.</source>
        <translation>Die Senkung muss mehr als 0 mg pro Tag sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target cannot be below 0 mg.</source>
        <translation>Das Ziel kann nicht unter 0 mg liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A taper&apos;s target must be below the current dose.</source>
        <translation>Das Ziel beim Ausschleichen muss unter der jetzigen Dosis liegen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This stops after {days} days. Baclofen is usually reduced over about 1–2 weeks or longer: reduce by less or wait more days per step — or tick that your prescriber told you this plan.</source>
        <translation>Damit ist nach {days} Tagen Schluss. Baclofen wird meist über etwa 1–2 Wochen oder länger verringert: Senken Sie in kleineren Schritten oder warten Sie mehr Tage pro Stufe — oder kreuzen Sie an, dass Ihre Ärztin oder Ihr Arzt Ihnen diesen Plan genannt hat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The plan has no steps.</source>
        <translation>Der Plan hat keine Stufen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps must follow each other in time.</source>
        <translation>Die Stufen müssen zeitlich aufeinander folgen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A taper must never raise the dose from one step to the next.</source>
        <translation>Beim Ausschleichen darf die Dosis von einer Stufe zur nächsten nie steigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A titration must never lower the dose between steps.</source>
        <translation>Beim Aufdosieren darf die Dosis zwischen den Stufen nie sinken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>once a day</source>
        <translation>1-mal täglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>twice a day</source>
        <translation>2-mal täglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>three times a day</source>
        <translation>3-mal täglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>four times a day</source>
        <translation>4-mal täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} times a day</source>
        <translation>{n}-mal täglich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no doses</source>
        <translation>keine Dosen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} {how_often}</source>
        <translation>{how_often} {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amounts} mg a day</source>
        <translation>{amounts} mg pro Tag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Day {day} of {days} — step {step} of {steps}: {doses}</source>
        <translation>Tag {day} von {days} — Stufe {step} von {steps}: {doses}</translation>
    </message>
    <message>
        <location line="+77"/>
        <location filename="../baclofen_companion/core/trends.py" line="+105"/>
        <source> (step {step} of {steps})</source>
        <translation> (Stufe {step} von {steps})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From tomorrow, {date}, {medicine} changes from {before} to {after}{step}.</source>
        <translation>Ab morgen, {date}, ändert sich {medicine} von {before} auf {after}{step}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From today, {date}, {medicine} changes from {before} to {after}{step}.</source>
        <translation>Ab heute, {date}, ändert sich {medicine} von {before} auf {after}{step}.</translation>
    </message>
</context>
<context>
    <name>core.pump</name>
    <message>
        <location filename="../baclofen_companion/core/pump.py" line="+86"/>
        <source>itching without a rash, stiffness and spasms coming back, goosebumps, a racing heart, fever, confusion</source>
        <translation>Juckreiz ohne Ausschlag, wiederkehrende Steifigkeit und Krämpfe, Gänsehaut, Herzrasen, Fieber, Verwirrtheit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Treat it as an emergency: call the pump clinic now; if you can&apos;t reach them, get urgent care.</source>
        <translation>Behandeln Sie es als Notfall: Rufen Sie sofort die Pumpenambulanz an; wenn Sie sie nicht erreichen, holen Sie dringend ärztliche Hilfe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopping intrathecal baclofen suddenly, whatever the cause, can cause high fever, confusion, rebound stiffness and, rarely, organ failure and death.</source>
        <translation>Hört intrathekales Baclofen plötzlich auf, gleich aus welchem Grund, kann das hohes Fieber, Verwirrtheit, stark zurückkehrende Steifigkeit und selten Organversagen und Tod verursachen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A pump alarm warns that the reservoir is running low, the battery or the pump is near its end, or something is wrong. Call the pump clinic now and tell them it is beeping; do not wait for the refill date.</source>
        <translation>Ein Pumpenalarm warnt, dass das Reservoir fast leer ist, Batterie oder Pumpe bald am Ende sind oder etwas nicht stimmt. Rufen Sie sofort die Pumpenambulanz an und sagen Sie, dass sie piept; warten Sie nicht auf den Fülltermin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I have an intrathecal baclofen pump</source>
        <translation>Ich habe eine intrathekale Baclofen-Pumpe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Watch for early signs of withdrawal: {signs}.</source>
        <translation>Achten Sie auf frühe Entzugszeichen: {signs}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If you notice early signs of withdrawal ({signs}): {advice}</source>
        <translation>Wenn Sie frühe Entzugszeichen bemerken ({signs}): {advice}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the pump clinic</source>
        <translation>die Pumpenambulanz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{clinic}: {phone}.</source>
        <translation>{clinic}: {phone}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pump refill is in a week, on {date}. Keep the visit.</source>
        <translation>Die Pumpe wird in einer Woche aufgefüllt, am {date}. Halten Sie den Termin ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pump refill is in two days, on {date}. Check the visit with the clinic.</source>
        <translation>Die Pumpe wird in zwei Tagen aufgefüllt, am {date}. Prüfen Sie den Termin mit der Ambulanz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pump refill is today, {date}. An empty pump stops baclofen suddenly, which is dangerous: go to the visit, or call the clinic now.</source>
        <translation>Die Pumpe wird heute aufgefüllt, {date}. Eine leere Pumpe beendet Baclofen plötzlich, und das ist gefährlich: Gehen Sie zum Termin oder rufen Sie sofort die Ambulanz an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pump refill date, {date}, has passed with no refill recorded.</source>
        <translation>Der Fülltermin der Pumpe, {date}, ist vorbei, ohne dass eine Füllung eingetragen wurde.</translation>
    </message>
</context>
<context>
    <name>core.reminders</name>
    <message>
        <location filename="../baclofen_companion/core/reminders.py" line="+16"/>
        <source>If you forgot it: take it now, unless your next dose is due within 2 hours — then skip it. Never take two doses at once.</source>
        <translation>Falls vergessen: Nehmen Sie sie jetzt — außer die nächste Dosis ist in weniger als 2 Stunden fällig, dann lassen Sie sie aus. Nehmen Sie nie zwei Dosen auf einmal.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Repeat every 1 to 120 minutes.</source>
        <translation>Alle 1 bis 120 Minuten wiederholen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat at most 0 to 24 times.</source>
        <translation>Höchstens 0 bis 24 Mal wiederholen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze for 1 to 120 minutes.</source>
        <translation>Später erinnern nach 1 bis 120 Minuten.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>yesterday {time}</source>
        <translation>gestern {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow {time}</source>
        <translation>morgen {time}</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{dose}, due at {time}.</source>
        <translation>{dose}, fällig um {time}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{who} — {n} doses due</source>
        <translation>{who} — {n} Dosen fällig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{medicine} {amount} at {time}</source>
        <translation>{medicine} {amount} um {time}</translation>
    </message>
</context>
<context>
    <name>core.safety</name>
    <message>
        <location filename="../baclofen_companion/core/safety.py" line="+21"/>
        <location line="+10"/>
        <source>hallucinations</source>
        <translation>Halluzinationen</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+15"/>
        <source>seizures</source>
        <translation>Krampfanfälle</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>high fever</source>
        <translation>hohes Fieber</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>confusion</source>
        <translation>Verwirrtheit</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>spasms and stiffness coming back strongly</source>
        <translation>starke Rückkehr von Spasmen und Steifheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>muscle rigidity</source>
        <translation>Muskelstarre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rarely, muscle breakdown, organ failure or death</source>
        <translation>selten Muskelzerfall, Organversagen oder Tod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vivid dreams or nightmares</source>
        <translation>lebhafte Träume oder Albträume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>muscle twitching</source>
        <translation>Muskelzucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stiffness and spasms coming back</source>
        <translation>Steifheit und Spasmen kommen zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sweating</source>
        <translation>Schwitzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fever</source>
        <translation>Fieber</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take your next dose as planned and contact your prescriber today. Get urgent care now for hallucinations, fever, confusion or seizures.</source>
        <translation>Nehmen Sie die nächste Dosis wie geplant und melden Sie sich noch heute bei Ihrer Ärztin oder Ihrem Arzt. Bei Halluzinationen, Fieber, Verwirrtheit oder Krampfanfällen holen Sie sofort ärztliche Hilfe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My prescriber told me to stop this way</source>
        <translation>Meine Ärztin oder mein Arzt hat mir gesagt, so abzusetzen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{reason} Watch for: {signs}. {advice}</source>
        <translation>{reason} Achten Sie auf: {signs}. {advice}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping {medicine} suddenly can cause: {risks}. It is normally reduced slowly, usually over about 1–2 weeks or longer.</source>
        <translation>Wenn Sie {medicine} plötzlich absetzen, kann das auslösen: {risks}. Normalerweise wird es langsam verringert, meist über etwa 1–2 Wochen oder länger.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{total} a day is above the maximum of {limit} a day set for {medicine}. Doses above the label maximum are for a specialist to decide.</source>
        <translation>{total} pro Tag liegt über dem für {medicine} eingestellten Höchstwert von {limit} pro Tag. Über die Höchstdosis laut Beipackzettel entscheidet eine Fachärztin oder ein Facharzt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{amount} in one dose is more than the label&apos;s largest usual dose ({most}).</source>
        <translation>{amount} auf einmal ist mehr als die größte übliche Einzeldosis laut Beipackzettel ({most}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The last dose was taken only {hours} h {minutes} min before. Doses are usually at least 4 hours apart; never take two doses at once.</source>
        <translation>Die letzte Dosis wurde erst vor {hours} Std. {minutes} Min. eingenommen. Zwischen zwei Dosen liegen meist mindestens 4 Stunden; nehmen Sie nie zwei Dosen auf einmal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The next dose is due at {time}, within 2 hours. The usual advice is to skip a forgotten dose then and take the next one at its time. Never take two doses at once.</source>
        <translation>Die nächste Dosis ist um {time} fällig, also in weniger als 2 Stunden. Üblicherweise lässt man die vergessene Dosis dann aus und nimmt die nächste zur gewohnten Zeit. Nehmen Sie nie zwei Dosen auf einmal.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose 1 to 10 doses.</source>
        <translation>Wählen Sie 1 bis 10 Dosen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose 6 to 96 hours.</source>
        <translation>Wählen Sie 6 bis 96 Stunden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} baclofen doses in a row have not been taken.</source>
        <translation>{n} Dosen Baclofen hintereinander wurden nicht eingenommen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No baclofen dose has been taken for {hours} hours.</source>
        <translation>Seit {hours} Stunden wurde keine Dosis Baclofen eingenommen.</translation>
    </message>
</context>
<context>
    <name>core.supply</name>
    <message>
        <location filename="../baclofen_companion/core/supply.py" line="+35"/>
        <source>The amount must be a finite number.</source>
        <translation>Die Menge muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tablets</source>
        <translation>Tabletten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>mL</source>
        <translation>ml</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packets</source>
        <translation>Beutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packet</source>
        <translation>Beutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} tablets</source>
        <translation>{count} Tabletten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} tablet</source>
        <translation>{count} Tablette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} packets</source>
        <translation>{count} Beutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} packet</source>
        <translation>{count} Beutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} units</source>
        <translation>{count} Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} unit</source>
        <translation>{count} Einheit</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>½ tablet</source>
        <translation>½ Tablette</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The strength must be more than 0 mg.</source>
        <translation>Die Stärke muss mehr als 0 mg sein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A dose cannot be less than 0 mg.</source>
        <translation>Eine Dosis kann nicht unter 0 mg liegen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stock on hand cannot be negative.</source>
        <translation>Der Vorrat kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Count tablets in whole and half tablets.</source>
        <translation>Zählen Sie Tabletten in ganzen und halben Tabletten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count packets in whole packets.</source>
        <translation>Zählen Sie Beutel in ganzen Beuteln.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{text}” is not a number.</source>
        <translation>„{text}“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That number is far too large; check it.</source>
        <translation>Diese Zahl ist viel zu groß; prüfen Sie sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock cannot be negative.</source>
        <translation>Der Vorrat kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Supply: more than 2 years</source>
        <translation>Vorrat: mehr als 2 Jahre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supply: enough until the plan ends on {date}</source>
        <translation>Vorrat: reicht bis zum Planende am {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supply: not enough for the next dose — refill now</source>
        <translation>Vorrat: reicht nicht für die nächste Dosis — jetzt Nachschub besorgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply: less than a day — refill now</source>
        <translation>Vorrat: weniger als ein Tag — jetzt Nachschub besorgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supply: {days} — refill now</source>
        <translation>Vorrat: {days} — jetzt Nachschub besorgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply: {days} — refill by {date}</source>
        <translation>Vorrat: {days} — Nachschub bis {date}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The current time needs a time zone.</source>
        <translation>Die aktuelle Uhrzeit braucht eine Zeitzone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lead time cannot be negative.</source>
        <translation>Die Vorlaufzeit kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra doses a day cannot be negative.</source>
        <translation>Zusätzliche Dosen pro Tag können nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>core.text</name>
    <message>
        <location filename="../baclofen_companion/core/text.py" line="+13"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
</context>
<context>
    <name>core.travel</name>
    <message>
        <location filename="../baclofen_companion/core/travel.py" line="+40"/>
        <source>take on departure: its time at the destination has already passed</source>
        <translation>bei der Abreise nehmen: ihre Uhrzeit am Reiseziel ist schon vorbei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the clock moves ahead and the next dose is due within 2 hours; never two at once</source>
        <translation>die Uhr springt vor und die nächste Dosis ist innerhalb von 2 Stunden fällig; nie zwei auf einmal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the clocks go forward past its time, onto the next dose; never two at once</source>
        <translation>die Uhr wird über ihre Zeit hinweg auf die nächste Dosis vorgestellt; nie zwei auf einmal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skip: the clock moves ahead and the next dose is due within 2 hours; never two at once</source>
        <translation>auslassen: Die Uhr springt vor und die nächste Dosis ist in weniger als 2 Stunden fällig; nie zwei auf einmal</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Up to {hours} hours between two doses of {name} around the travel day (at home at most {usual}). A long gap can bring stiffness back; ask your prescriber how to bridge it.</source>
        <translation>Bis zu {hours} Stunden zwischen zwei Dosen {name} rund um den Reisetag (zu Hause höchstens {usual}). Eine lange Pause kann die Steifheit zurückbringen; fragen Sie Ihre Ärztin oder Ihren Arzt, wie Sie sie überbrücken.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unknown time zone &apos;{name}&apos;.</source>
        <translation>Unbekannte Zeitzone „{name}“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The departure time needs a time zone.</source>
        <translation>Die Abreisezeit braucht eine Zeitzone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The return time needs a time zone.</source>
        <translation>Die Rückkehrzeit braucht eine Zeitzone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The return must be after you leave.</source>
        <translation>Die Rückkehr muss nach der Abreise liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trips over a year are not supported: plan it in parts.</source>
        <translation>Reisen über ein Jahr gehen nicht: Planen Sie sie in Teilen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buffer days must be 0 to {most}.</source>
        <translation>Reservetage müssen zwischen 0 und {most} liegen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The refill margin cannot be negative.</source>
        <translation>Der Puffer für Nachschub kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one medicine to pack.</source>
        <translation>Wählen Sie mindestens ein Medikament zum Einpacken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{medicine}: the strength must be more than 0 mg.</source>
        <translation>{medicine}: Die Stärke muss mehr als 0 mg sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{medicine}: the bottle size must be over 0 mL.</source>
        <translation>{medicine}: Die Flaschengröße muss über 0 ml liegen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{medicine}: stock on hand cannot be negative.</source>
        <translation>{medicine}: Der Vorrat kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>tablets, even halved</source>
        <translation>Tabletten (auch geteilt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tablets that cannot be split</source>
        <translation>nicht teilbaren Tabletten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>packets</source>
        <translation>Beuteln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per mL liquid in 0.1 mL steps</source>
        <translation>pro ml Flüssigkeit in Schritten von 0,1 ml</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amounts} cannot be made from {strength} {kind}: ask your pharmacist or prescriber for another strength before you travel.</source>
        <translation>{amounts} lässt sich nicht aus {strength} {kind} herstellen: Fragen Sie vor der Reise in der Apotheke oder bei Ihrer Ärztin oder Ihrem Arzt nach einer anderen Stärke.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>enough, with {spare} to spare</source>
        <translation>genug, {spare} bleiben übrig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{left} left when you leave: {verdict}</source>
        <translation>{left} übrig bei der Abreise: {verdict}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (1 bottle of {size})</source>
        <translation> (1 Flasche zu {size})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ({n} bottles of {size})</source>
        <translation> ({n} Flaschen zu {size})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refill now: you leave soon</source>
        <translation>jetzt Nachschub besorgen: Sie reisen bald ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refill before {date} ({days} days before you leave)</source>
        <translation>Nachschub bis {date} ({days} Tage vor der Abreise)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>short by {amount}{bottles} — {when}</source>
        <translation>es fehlen {amount}{bottles} — {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none will be left when you leave: {verdict}</source>
        <translation>bei der Abreise ist nichts mehr übrig: {verdict}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only {left} will be left when you leave: {verdict}</source>
        <translation>bei der Abreise sind nur noch {left} übrig: {verdict}</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>doses follow {place} time</source>
        <translation>Dosen richten sich nach der Zeit in {place}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>doses stay on {place} time</source>
        <translation>Dosen bleiben bei der Zeit in {place}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✈ On a trip to {place} until {date} {time}: {follows}.</source>
        <translation>✈ Auf Reise in {place} bis {date} {time}: {follows}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✈ Trip to {place} from {date} {time}: {follows}.</source>
        <translation>✈ Reise nach {place} ab {date} {time}: {follows}.</translation>
    </message>
</context>
<context>
    <name>core.trends</name>
    <message>
        <location filename="../baclofen_companion/core/trends.py" line="-14"/>
        <source>{amount} mg/day</source>
        <translation>{amount} mg/Tag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{medicine}: started at {after}</source>
        <translation>{medicine}: begonnen mit {after}</translation>
    </message>
</context>
<context>
    <name>core.units</name>
    <message>
        <location filename="../baclofen_companion/core/units.py" line="+35"/>
        <source>{amount} mg</source>
        <translation>{amount} mg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>½ tablet</source>
        <translation>½ Tablette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} tablet</source>
        <translation>{count} Tablette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} tablets</source>
        <translation>{count} Tabletten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} mL</source>
        <translation>{count} ml</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} packet</source>
        <translation>{count} Beutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} packets</source>
        <translation>{count} Beutel</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{amount} cannot be made from {strength} tablets: use multiples of {part} ({smallest}).</source>
        <translation>{amount} lässt sich nicht aus Tabletten zu {strength} herstellen: Verwenden Sie Vielfache von {part} ({smallest}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{amount} cannot be made from {strength} packets: use whole packets.</source>
        <translation>{amount} lässt sich nicht aus Beuteln zu {strength} herstellen: Verwenden Sie ganze Beutel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{amount} is not a measurable volume of a {strength} mg/mL liquid (steps of {step} mL).</source>
        <translation>{amount} lässt sich bei einer Flüssigkeit mit {strength} mg/ml nicht abmessen (Schritte von {step} ml).</translation>
    </message>
</context>
<context>
    <name>core.validation</name>
    <message>
        <location filename="../baclofen_companion/core/validation.py" line="+35"/>
        <source>“{text}” is not a time; use hours:minutes, e.g. 08:00.</source>
        <translation>„{text}“ ist keine Uhrzeit; schreiben Sie Stunden:Minuten, z. B. 08:00.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{text}” is not a time of day (00:00 to 23:59).</source>
        <translation>„{text}“ ist keine Uhrzeit (00:00 bis 23:59).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{text}” is not an amount in mg.</source>
        <translation>„{text}“ ist keine Menge in mg.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use at most two decimals for an amount in mg.</source>
        <translation>Verwenden Sie höchstens zwei Nachkommastellen für eine Menge in mg.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The amount must be more than 0 mg.</source>
        <translation>Die Menge muss mehr als 0 mg sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} in one dose is far above any real dose; check the amount.</source>
        <translation>{amount} auf einmal liegt weit über jeder echten Dosis; prüfen Sie die Menge.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amount must be a number of mg.</source>
        <translation>Die Menge muss eine Zahl in mg sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That strength is far above any real product; check it.</source>
        <translation>Diese Stärke liegt weit über jedem echten Präparat; prüfen Sie sie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please enter a name.</source>
        <translation>Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please keep the name under {most} characters.</source>
        <translation>Bitte halten Sie den Namen unter {most} Zeichen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{name}” is not a known time zone.</source>
        <translation>„{name}“ ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{time} is listed twice; each dose needs its own time.</source>
        <translation>{time} steht zweimal da; jede Dosis braucht ihre eigene Uhrzeit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add at least one dose time.</source>
        <translation>Fügen Sie mindestens eine Einnahmezeit hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most {most} dose times a day.</source>
        <translation>Höchstens {most} Einnahmezeiten pro Tag.</translation>
    </message>
</context>
<context>
    <name>core.whole_file</name>
    <message>
        <location filename="../baclofen_companion/core/whole_file.py" line="+25"/>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file name is too long</source>
        <translation>der Dateiname ist zu lang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of the path is not a folder</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the name or the text holds characters this system cannot store</source>
        <translation>der Name oder der Text enthält Zeichen, die dieses System nicht speichern kann</translation>
    </message>
</context>
<context>
    <name>core.zones</name>
    <message>
        <location filename="../baclofen_companion/core/zones.py" line="+200"/>
        <source>Type a city or country, for example London or Germany.</source>
        <translation>Geben Sie eine Stadt oder ein Land ein, zum Beispiel London oder Deutschland.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}” has several time zones; choose one: {zones}.</source>
        <translation>„{name}“ hat mehrere Zeitzonen; wählen Sie eine: {zones}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown time zone “{name}”: type a nearby city or the country.</source>
        <translation>Unbekannte Zeitzone „{name}“: Geben Sie eine Stadt in der Nähe oder das Land ein.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../baclofen_companion/ui/widgets/field_names.py" line="+17"/>
        <source>amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applies from</source>
        <translation>gilt ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup kind</source>
        <translation>Sicherungsart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup name</source>
        <translation>Name der Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottle size</source>
        <translation>Flaschengröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buffer days</source>
        <translation>Reservetage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concentration</source>
        <translation>Konzentration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily total</source>
        <translation>Tagesmenge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of the test</source>
        <translation>Datum der Untersuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days per step</source>
        <translation>Tage pro Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination</source>
        <translation>Reiseziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dizziness</source>
        <translation>Schwindel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose times</source>
        <translation>Einnahmezeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doses</source>
        <translation>Dosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drinks</source>
        <translation>Getränke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drowsiness</source>
        <translation>Schläfrigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra doses</source>
        <translation>zusätzliche Dosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>home time zone</source>
        <translation>Heimat-Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours without</source>
        <translation>Stunden ohne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead time</source>
        <translation>Vorlaufzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maximum a day</source>
        <translation>Höchstmenge pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medicine name</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed in a row</source>
        <translation>hintereinander versäumt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person&apos;s name</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reduce by</source>
        <translation>senken um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refill</source>
        <translation>Nachschub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refill margin</source>
        <translation>Puffer für Nachschub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeat every</source>
        <translation>wiederholen alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeat limit</source>
        <translation>Höchstzahl der Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>return</source>
        <translation>Rückkehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snooze</source>
        <translation>später erinnern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spasms</source>
        <translation>Spasmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start dose</source>
        <translation>Startdosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steps</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stiffness</source>
        <translation>Steifheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stock</source>
        <translation>Vorrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength again</source>
        <translation>Stärke nochmals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken at</source>
        <translation>eingenommen um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taper length</source>
        <translation>Dauer des Ausschleichens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time taken</source>
        <translation>eingenommen um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what to bring</source>
        <translation>Was mitbringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with whom</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time in row {n}</source>
        <translation>Uhrzeit in Zeile {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount in row {n}</source>
        <translation>Menge in Zeile {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step {n}</source>
        <translation>Stufe {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step {n} at {time}</source>
        <translation>Stufe {n} um {time}</translation>
    </message>
</context>
<context>
    <name>ops.care</name>
    <message>
        <location filename="../baclofen_companion/ops/care.py" line="+48"/>
        <source>The date of the test is still to come.</source>
        <translation>Das Datum der Untersuchung liegt in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../baclofen_companion/store/inventory.py" line="+114"/>
        <source>The refill lead time must be 0 to 60 days.</source>
        <translation>Die Vorlaufzeit für Nachschub muss 0 bis 60 Tage sein.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>That is more than {most} — check the number.</source>
        <translation>Das ist mehr als {most} — prüfen Sie die Zahl.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The time needs a time zone.</source>
        <translation>Die Uhrzeit braucht eine Zeitzone.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Say why the count changed (for example: recounted, tablets dropped).</source>
        <translation>Sagen Sie, warum sich die Zahl geändert hat (zum Beispiel: neu gezählt, Tabletten heruntergefallen).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A refill must add more than 0.</source>
        <translation>Ein Nachschub muss mehr als 0 hinzufügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A refill cannot be in the future.</source>
        <translation>Ein Nachschub kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../baclofen_companion/store/people.py" line="+37"/>
        <source>Please type a name.</source>
        <translation>Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a shorter name (60 characters at most).</source>
        <translation>Verwenden Sie einen kürzeren Namen (höchstens 60 Zeichen).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is already someone called {name}.</source>
        <translation>Es gibt schon jemanden namens {name}.</translation>
    </message>
    <message>
        <location filename="../baclofen_companion/store/medicines.py" line="+88"/>
        <location line="+54"/>
        <source>Add at least one dose time.</source>
        <translation>Fügen Sie mindestens eine Einnahmezeit hinzu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The plan has no steps.</source>
        <translation>Der Plan hat keine Stufen.</translation>
    </message>
    <message>
        <location filename="../baclofen_companion/store/doses.py" line="+141"/>
        <source>The {time} dose of {date} is already logged.</source>
        <translation>Die Dosis um {time} am {date} ist schon eingetragen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please say why this extra dose was taken.</source>
        <translation>Bitte sagen Sie, warum diese zusätzliche Dosis genommen wurde.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>That dose was already undone.</source>
        <translation>Diese Dosis wurde schon zurückgenommen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Please say why this dose is being changed.</source>
        <translation>Bitte sagen Sie, warum diese Dosis geändert wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please give the time the dose was taken.</source>
        <translation>Bitte geben Sie an, wann die Dosis eingenommen wurde.</translation>
    </message>
    <message>
        <location filename="../baclofen_companion/store/trips.py" line="+58"/>
        <source>This trip overlaps a trip already saved: cancel that one first.</source>
        <translation>Diese Reise überschneidet sich mit einer schon gespeicherten: Brechen Sie die andere zuerst ab.</translation>
    </message>
    <message>
        <location filename="../baclofen_companion/store/pump.py" line="+52"/>
        <source>Use shorter text (200 characters at most).</source>
        <translation>Verwenden Sie kürzeren Text (höchstens 200 Zeichen).</translation>
    </message>
</context>
<context>
    <name>store.backups</name>
    <message>
        <location filename="../baclofen_companion/store/backup_files.py" line="+76"/>
        <source>Daily backup</source>
        <translation>Tägliche Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup made on request</source>
        <translation>Auf Wunsch erstellte Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved before a restore</source>
        <translation>Vor einer Wiederherstellung gesichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data file set aside at start</source>
        <translation>Beim Start beiseitegelegte Datendatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved before an upgrade (data version {version})</source>
        <translation>Vor einer Aktualisierung gesichert (Datenversion {version})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A backup kind is lower-case letters, digits and single dashes.</source>
        <translation>Eine Sicherungsart besteht aus Kleinbuchstaben, Ziffern und einzelnen Bindestrichen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is not the name of a backup.</source>
        <translation>{name} ist nicht der Name einer Sicherung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} has an impossible date.</source>
        <translation>{name} hat ein unmögliches Datum.</translation>
    </message>
    <message>
        <location filename="../baclofen_companion/store/backups.py" line="+184"/>
        <source>A backup could not be written to {folder}: {why}.</source>
        <translation>Eine Sicherung konnte nicht in {folder} geschrieben werden: {why}.</translation>
    </message>
    <message>
        <location filename="../baclofen_companion/store/backup_files.py" line="+49"/>
        <source>{name} is not a Baclofen Companion data file.</source>
        <translation>{name} ist keine Datendatei von Baclofen Companion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} was written by a newer version of Baclofen Companion (data version {version}; this app reads up to {supported}).</source>
        <translation>{name} stammt von einer neueren Version von Baclofen Companion (Datenversion {version}; diese App liest bis {supported}).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{path} cannot be read: {why}.</source>
        <translation>{path} kann nicht gelesen werden: {why}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a Baclofen Companion data file, or it is damaged.</source>
        <translation>{name} ist keine Datendatei von Baclofen Companion oder ist beschädigt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is damaged ({why}).</source>
        <translation>{name} ist beschädigt ({why}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is damaged or unreadable ({why}).</source>
        <translation>{name} ist beschädigt oder unlesbar ({why}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is not a file.</source>
        <translation>{path} ist keine Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is the data file itself, not a backup.</source>
        <translation>{path} ist die Datendatei selbst, keine Sicherung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} cannot be used: {why}.</source>
        <translation>{path} kann nicht verwendet werden: {why}.</translation>
    </message>
    <message>
        <location filename="../baclofen_companion/store/backups.py" line="-35"/>
        <source>The data file is damaged ({why}), so this backup was not kept and the good backups stay as they are. Quit Baclofen Companion and start it again: it offers the newest good backup.</source>
        <translation>Die Datendatei ist beschädigt ({why}), daher wurde diese Sicherung nicht behalten, und die guten Sicherungen bleiben, wie sie sind. Beenden Sie Baclofen Companion und starten Sie es erneut: Es bietet die neueste gute Sicherung an.</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Old backups could not be cleared from {folder}: {why}.</source>
        <translation>Alte Sicherungen konnten nicht aus {folder} entfernt werden: {why}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The data folder {folder} cannot be made: {why}.</source>
        <translation>Der Datenordner {folder} kann nicht angelegt werden: {why}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The current data file could not be opened to save it first ({why}). Nothing was changed.</source>
        <translation>Die jetzige Datendatei konnte nicht geöffnet werden, um sie vorher zu sichern ({why}). Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{why} The current data was not replaced.</source>
        <translation>{why} Die jetzigen Daten wurden nicht ersetzt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The data file is still open (is Baclofen Companion running?). Nothing was changed.</source>
        <translation>Die Datendatei ist noch geöffnet (läuft Baclofen Companion?). Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup could not be put in place: {why}.</source>
        <translation>Die Sicherung konnte nicht eingespielt werden: {why}.</translation>
    </message>
</context>
<context>
    <name>store.database</name>
    <message>
        <location filename="../baclofen_companion/store/database.py" line="+104"/>
        <source>The data file {path} cannot be opened: {why}.</source>
        <translation>Die Datendatei {path} kann nicht geöffnet werden: {why}.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The data file {path} was written by a newer version of Baclofen Companion (data version {version}; this app reads up to {supported}). Please update the app. The file has not been changed.</source>
        <translation>Die Datendatei {path} stammt von einer neueren Version von Baclofen Companion (Datenversion {version}; diese App liest bis {supported}). Bitte aktualisieren Sie die App. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} is not a Baclofen Companion data file; it has been left as it is.</source>
        <translation>{path} ist keine Datendatei von Baclofen Companion; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its header is not a database&apos;s</source>
        <translation>ihr Kopf ist nicht der einer Datenbank</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The data file {path} is damaged ({why}).</source>
        <translation>Die Datendatei {path} ist beschädigt ({why}).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The data file {path} could not be prepared: {why}.</source>
        <translation>Die Datendatei {path} konnte nicht vorbereitet werden: {why}.</translation>
    </message>
</context>
<context>
    <name>store.db</name>
    <message>
        <location filename="../baclofen_companion/store/db.py" line="+37"/>
        <source>another program is using the data file</source>
        <translation>ein anderes Programm verwendet die Datendatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the other program that has the data file open (or wait a moment), then try again.</source>
        <translation>Schließen Sie das andere Programm, das die Datendatei geöffnet hat (oder warten Sie einen Moment), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some space on the disk, then try again.</source>
        <translation>Schaffen Sie etwas Platz auf dem Datenträger und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the data file is read-only</source>
        <translation>die Datendatei ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Make sure you may change the files in {folder}, then try again.</source>
        <translation>Stellen Sie sicher, dass Sie die Dateien in {folder} ändern dürfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the system does not allow changes to the data file</source>
        <translation>das System erlaubt keine Änderungen an der Datendatei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the data file cannot be opened</source>
        <translation>die Datendatei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the folder {folder} is still there and yours to change, then try again.</source>
        <translation>Stellen Sie sicher, dass der Ordner {folder} noch vorhanden ist und Sie ihn ändern dürfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the disk could not be read or written</source>
        <translation>der Datenträger konnte nicht gelesen oder beschrieben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the disk holding {folder} is connected and working, then try again.</source>
        <translation>Stellen Sie sicher, dass der Datenträger mit {folder} angeschlossen ist und funktioniert, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the computer ran out of memory</source>
        <translation>der Arbeitsspeicher des Computers ist voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close some other programs, then try again.</source>
        <translation>Schließen Sie einige andere Programme und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the data file was moved or deleted while the app was open</source>
        <translation>die Datendatei wurde verschoben oder gelöscht, während die App geöffnet war</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Baclofen Companion and start it again.</source>
        <translation>Beenden Sie Baclofen Companion und starten Sie es neu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the system does not let you read or change the data file</source>
        <translation>das System erlaubt Ihnen nicht, die Datendatei zu lesen oder zu ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the files in {folder} are yours to read and change, then try again.</source>
        <translation>Stellen Sie sicher, dass Sie die Dateien in {folder} lesen und ändern dürfen, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>store.recovery</name>
    <message>
        <location filename="../baclofen_companion/store/recovery.py" line="+114"/>
        <source>The data file {path} is empty (0 bytes): your history is not in it.</source>
        <translation>Die Datendatei {path} ist leer (0 Byte): Ihr Verlauf ist nicht darin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no data file in {folder}.</source>
        <translation>In {folder} gibt es keine Datendatei.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No one is set up in the data file {path}, but a backup holds your history.</source>
        <translation>In der Datendatei {path} ist niemand eingerichtet, aber eine Sicherung enthält Ihren Verlauf.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The damaged data file could not be moved aside in {folder}: {why}.</source>
        <translation>Die beschädigte Datendatei konnte in {folder} nicht beiseitegelegt werden: {why}.</translation>
    </message>
</context>
</TS>
