<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name />
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="62" />
      <source>Facilitator</source>
      <translation>Facilitator</translation>
    </message>
  </context>
  <context>
    <name>About</name>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="48" />
      <source>Run multi-stakeholder workshops offline: attendees, timed agenda, notes, consensus decisions, commitments and minutes.</source>
      <translation>Run multi-stakeholder workshops offline: attendees, timed agenda, notes, consensus decisions, commitments and minutes.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="53" />
      <source>Facilitator is free software under the GNU General Public License, version 3 or later.</source>
      <translation>Facilitator is free software under the GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="57" />
      <source>Components and their licences</source>
      <translation>Components and their licences</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="58" />
      <source>The licence texts are in the licences folder of the installed application.</source>
      <translation>The licence texts are in the licences folder of the installed application.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="72" />
      <source>About Facilitator</source>
      <translation>About Facilitator</translation>
    </message>
  </context>
  <context>
    <name>AgendaItemDelegate</name>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_item_delegate.py" line="55" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_item_delegate.py" line="64" />
      <source> min</source>
      <translation> min</translation>
    </message>
  </context>
  <context>
    <name>AgendaKind</name>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="62" />
      <source>Opening</source>
      <translation>Opening</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="63" />
      <source>Talk</source>
      <translation>Talk</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="64" />
      <source>Discussion</source>
      <translation>Discussion</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="65" />
      <source>Group work</source>
      <translation>Group work</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="66" />
      <source>Break</source>
      <translation>Break</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="67" />
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="68" />
      <source>Closing</source>
      <translation>Closing</translation>
    </message>
  </context>
  <context>
    <name>AgendaPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="188" />
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
  </context>
  <context>
    <name>AgendaTab</name>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="201" />
      <source>Save as template</source>
      <translation>Save as template</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="202" />
      <source>Name of the template:</source>
      <translation>Name of the template:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="106" />
      <source>New item: type its title and press Enter</source>
      <translation>New item: type its title and press Enter</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="108" />
      <source>The new item goes after the selected one, or at the end.</source>
      <translation>The new item goes after the selected one, or at the end.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="115" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="116" />
      <source>Planned minutes of the new item</source>
      <translation>Planned minutes of the new item</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="118" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="121" />
      <source>Insert &amp;break</source>
      <translation>Insert &amp;break</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="122" />
      <source>Delete ite&amp;m</source>
      <translation>Delete ite&amp;m</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="126" />
      <source>Move u&amp;p</source>
      <translation>Move u&amp;p</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="128" />
      <source>Mo&amp;ve down</source>
      <translation>Mo&amp;ve down</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="131" />
      <source>Cop&amp;y from a workshop…</source>
      <translation>Cop&amp;y from a workshop…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="134" />
      <source>&amp;Save as template…</source>
      <translation>&amp;Save as template…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="137" />
      <source>Start from a &amp;template…</source>
      <translation>Start from a &amp;template…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="151" />
      <source>&amp;Templates</source>
      <translation>&amp;Templates</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="281" />
      <source>Start from a template…</source>
      <translation>Start from a template…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="285" />
      <source>Copy from an earlier workshop…</source>
      <translation>Copy from an earlier workshop…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="363" />
      <source>&lt;h3&gt;No agenda yet&lt;/h3&gt;&lt;p&gt;Build the timed agenda of this workshop: type the title of the first item in the field below and press Enter, then the next one. Start times are counted from the workshop's start at %1; the total is checked against its planned end at %2.&lt;/p&gt;&lt;p&gt;Or begin with an agenda that already exists:&lt;/p&gt;</source>
      <translation>&lt;h3&gt;No agenda yet&lt;/h3&gt;&lt;p&gt;Build the timed agenda of this workshop: type the title of the first item in the field below and press Enter, then the next one. Start times are counted from the workshop's start at %1; the total is checked against its planned end at %2.&lt;/p&gt;&lt;p&gt;Or begin with an agenda that already exists:&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="380" />
      <source>%1, %2 min planned · workshop %3 (%4 min)</source>
      <translation>%1, %2 min planned · workshop %3 (%4 min)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="393" />
      <source>The agenda runs %n minute(s) past the planned end (%1 → %2).</source>
      <translation>
        <numerusform>The agenda runs %n minute past the planned end (%1 → %2).</numerusform>
        <numerusform>The agenda runs %n minutes past the planned end (%1 → %2).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="403" />
      <source>%1 min to spare: the agenda ends at %2</source>
      <translation>%1 min to spare: the agenda ends at %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="409" />
      <source>Ends on time at %1</source>
      <translation>Ends on time at %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="519" />
      <source>Rename “%1”</source>
      <translation>Rename “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="520" />
      <source>Change the kind of “%1”</source>
      <translation>Change the kind of “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="521" />
      <source>Change the minutes of “%1”</source>
      <translation>Change the minutes of “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="522" />
      <source>Change the presenter of “%1”</source>
      <translation>Change the presenter of “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="523" />
      <source>Change the goal of “%1”</source>
      <translation>Change the goal of “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="591" />
      <source>Type the title of the new item, then press Enter.</source>
      <translation>Type the title of the new item, then press Enter.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="597" />
      <source>Add “%1”</source>
      <translation>Add “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="617" />
      <source>Coffee break</source>
      <translation>Coffee break</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="619" />
      <source>Insert a break after “%1”</source>
      <translation>Insert a break after “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="641" />
      <source>Delete “%1”</source>
      <translation>Delete “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="657" />
      <source>Move “%1”</source>
      <translation>Move “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="701" />
      <source>No other workshop has an agenda to copy yet.</source>
      <translation>No other workshop has an agenda to copy yet.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="710" />
      <source>Copy the agenda of “%1”</source>
      <translation>Copy the agenda of “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="733" />
      <source>A template named “%1” already exists. Replace it with this agenda?</source>
      <translation>A template named “%1” already exists. Replace it with this agenda?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="735" />
      <source>Replace template</source>
      <translation>Replace template</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="746" />
      <source>Saved as the template “%1” (%2).</source>
      <translation>Saved as the template “%1” (%2).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="758" />
      <source>Delete the template “%1”? Agendas made from it stay as they are.</source>
      <translation>Delete the template “%1”? Agendas made from it stay as they are.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="760" />
      <source>Delete template</source>
      <translation>Delete template</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="766" />
      <source>Cannot delete the template</source>
      <translation>Cannot delete the template</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="778" />
      <source>No template yet. Build an agenda, then keep it with Templates › Save as template.</source>
      <translation>No template yet. Build an agenda, then keep it with Templates › Save as template.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="791" />
      <source>Start from the template “%1”</source>
      <translation>Start from the template “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="791" />
      <source>Add the template “%1”</source>
      <translation>Add the template “%1”</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="56" />
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n item</numerusform>
        <numerusform>%n items</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AgendaTableModel</name>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="176" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="200" />
      <source>Ends after the planned end of the workshop.</source>
      <translation>Ends after the planned end of the workshop.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="212" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="213" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="214" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="215" />
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="216" />
      <source>Presenter</source>
      <translation>Presenter</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="217" />
      <source>Goal</source>
      <translation>Goal</translation>
    </message>
  </context>
  <context>
    <name>Application</name>
    <message>
      <location filename="../../facilitator/ui/app.py" line="158" />
      <source>Facilitator (read-only)</source>
      <translation>Facilitator (read-only)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/app.py" line="161" />
      <source>Read-only: another Facilitator is using this database</source>
      <translation>Read-only: another Facilitator is using this database</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/app.py" line="258" />
      <source>Automatic backup failed: %1</source>
      <translation>Automatic backup failed: %1</translation>
    </message>
  </context>
  <context>
    <name>Attendance</name>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="53" />
      <source>Unknown</source>
      <translation>Unknown</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="54" />
      <source>Present</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="55" />
      <source>Absent</source>
      <translation>Absent</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="56" />
      <source>Excused</source>
      <translation>Excused</translation>
    </message>
  </context>
  <context>
    <name>AttendeeExport</name>
    <message>
      <location filename="../../facilitator/ui/documents/attendee_export_action.py" line="30" />
      <source>Attendees</source>
      <translation>Attendees</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/attendee_export_action.py" line="39" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/attendee_export_action.py" line="40" />
      <source>CSV, UTF-8 (*.csv)</source>
      <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/attendee_export_action.py" line="43" />
      <location filename="../../facilitator/ui/documents/attendee_export_action.py" line="57" />
      <source>Export attendees</source>
      <translation>Export attendees</translation>
    </message>
  </context>
  <context>
    <name>Attendees</name>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="60" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="63" />
      <source>Represents</source>
      <translation>Represents</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="66" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="69" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="72" />
      <source>Invitation</source>
      <translation>Invitation</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="77" />
      <source>Attendance</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/add_people_model.py" line="113" />
      <source>Create «%1»</source>
      <translation>Create «%1»</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/add_people_model.py" line="118" />
      <source>(already attending)</source>
      <translation>(already attending)</translation>
    </message>
  </context>
  <context>
    <name>AttendeesTab</name>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="141" />
      <source>Add people: type a name, organization or e-mail…</source>
      <translation>Add people: type a name, organization or e-mail…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="162" />
      <source>Import attendees from a CSV or Excel file</source>
      <translation>Import attendees from a CSV or Excel file</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="164" />
      <source>E&amp;xport…</source>
      <translation>E&amp;xport…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="165" />
      <source>Save the attendees as CSV or Excel</source>
      <translation>Save the attendees as CSV or Excel</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="172" />
      <source>Filter attendees…</source>
      <translation>Filter attendees…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="195" />
      <source>&lt;h3&gt;No attendees yet&lt;/h3&gt;&lt;p&gt;Type a name in the field above to add people from the directory, press &lt;b&gt;New person…&lt;/b&gt; for someone who is not in it yet, or import a list from a spreadsheet.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;No attendees yet&lt;/h3&gt;&lt;p&gt;Type a name in the field above to add people from the directory, press &lt;b&gt;New person…&lt;/b&gt; for someone who is not in it yet, or import a list from a spreadsheet.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="219" />
      <source>&amp;Role</source>
      <translation>&amp;Role</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="220" />
      <source>Represents</source>
      <translation>Represents</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="221" />
      <source>In&amp;vitation</source>
      <translation>In&amp;vitation</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="233" />
      <source>&amp;Invite</source>
      <translation>&amp;Invite</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="161" />
      <source>Im&amp;port…</source>
      <translation>Im&amp;port…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="156" />
      <source>New person…</source>
      <translation>New person…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="222" />
      <source>A&amp;ttendance</source>
      <translation>A&amp;ttendance</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="237" />
      <source>Confir&amp;m</source>
      <translation>Confir&amp;m</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="241" />
      <source>Mar&amp;k present</source>
      <translation>Mar&amp;k present</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="245" />
      <source>Remove from workshop</source>
      <translation>Remove from workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="326" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="363" />
      <source>%n attendee(s)</source>
      <translation>
        <numerusform>%n attendee</numerusform>
        <numerusform>%n attendees</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="378" />
      <source>By sector: %1</source>
      <translation>By sector: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="403" />
      <source>%1 selected</source>
      <translation>%1 selected</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="405" />
      <source>Select attendees to edit them</source>
      <translation>Select attendees to edit them</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="458" />
      <source>Change %1 of %2</source>
      <translation>Change %1 of %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="461" />
      <source>Change %1 of %2 attendees</source>
      <translation>Change %1 of %2 attendees</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="491" />
      <source>the role</source>
      <translation>the role</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="492" />
      <source>the organization represented</source>
      <translation>the organization represented</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="493" />
      <source>the invitation</source>
      <translation>the invitation</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="494" />
      <source>the attendance</source>
      <translation>the attendance</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="526" />
      <source>%1 already attends this workshop.</source>
      <translation>%1 already attends this workshop.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="557" />
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="596" />
      <source>Add %1</source>
      <translation>Add %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="620" />
      <source>Remove %1</source>
      <translation>Remove %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="622" />
      <source>Remove %1 attendees</source>
      <translation>Remove %1 attendees</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="672" />
      <source>Import %n attendee(s)</source>
      <translation>
        <numerusform>Import %n attendee</numerusform>
        <numerusform>Import %n attendees</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BackupScheduler</name>
    <message>
      <location filename="../../facilitator/ui/database/backup_scheduler.py" line="113" />
      <source>an error in Facilitator stopped it; the details are in the log</source>
      <translation>an error in Facilitator stopped it; the details are in the log</translation>
    </message>
  </context>
  <context>
    <name>Branding</name>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="80" />
      <source>%1 does not exist.</source>
      <translation>%1 does not exist.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="83" />
      <source>%1 is not a PNG or JPEG image.</source>
      <translation>%1 is not a PNG or JPEG image.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="87" />
      <source>%1 cannot be read as an image.</source>
      <translation>%1 cannot be read as an image.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="160" />
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
  </context>
  <context>
    <name>BrandingSection</name>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="276" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="227" />
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="315" />
      <source>Organization logo</source>
      <translation>Organization logo</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="228" />
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="316" />
      <source>Funder's emblem</source>
      <translation>Funder's emblem</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="232" />
      <source>e.g. Avrupa Birliği tarafından finanse edilmektedir</source>
      <translation>e.g. Avrupa Birliği tarafından finanse edilmektedir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="235" />
      <source>e.g. Funded by the European Union</source>
      <translation>e.g. Funded by the European Union</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="240" />
      <source>Printed as written, e.g. Proje No: 2024-1-TR01-KA220-ADU-000123456</source>
      <translation>Printed as written, e.g. Proje No: 2024-1-TR01-KA220-ADU-000123456</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="246" />
      <source>e.g. the funder's visibility statement, printed at the foot of every page</source>
      <translation>e.g. the funder's visibility statement, printed at the foot of every page</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="251" />
      <source>The same statement in English, for documents made in English</source>
      <translation>The same statement in English, for documents made in English</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="256" />
      <source>e.g. the KVKK information text: why names and signatures are collected</source>
      <translation>e.g. the KVKK information text: why names and signatures are collected</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="262" />
      <source>The same text in English (GDPR), for sheets made in English</source>
      <translation>The same text in English (GDPR), for sheets made in English</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="266" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="277" />
      <source>Organi&amp;zation logo</source>
      <translation>Organi&amp;zation logo</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="279" />
      <source>&amp;Accent colour</source>
      <translation>&amp;Accent colour</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="283" />
      <source>Funder</source>
      <translation>Funder</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="284" />
      <source>F&amp;under's emblem</source>
      <translation>F&amp;under's emblem</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="286" />
      <source>Funding &amp;statement (Turkish)</source>
      <translation>Funding &amp;statement (Turkish)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="287" />
      <source>Funding statement (Engl&amp;ish)</source>
      <translation>Funding statement (Engl&amp;ish)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="288" />
      <source>Project or grant &amp;reference</source>
      <translation>Project or grant &amp;reference</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="295" />
      <source>The emblem and the funding statement stand together at the top of every page, the reference under them; the disclaimer at the foot of every page.</source>
      <translation>The emblem and the funding statement stand together at the top of every page, the reference under them; the disclaimer at the foot of every page.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="302" />
      <source>Attendance sheet</source>
      <translation>Attendance sheet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="305" />
      <source>Printed above the signatures of the attendance sheet: what the personal data is collected for, as KVKK and the GDPR ask.</source>
      <translation>Printed above the signatures of the attendance sheet: what the personal data is collected for, as KVKK and the GDPR ask.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="311" />
      <source>Personal-data &amp;text (Turkish)</source>
      <translation>Personal-data &amp;text (Turkish)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="313" />
      <source>Personal-data text (En&amp;glish)</source>
      <translation>Personal-data text (En&amp;glish)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="289" />
      <source>Dis&amp;claimer (Turkish)</source>
      <translation>Dis&amp;claimer (Turkish)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="291" />
      <source>Disclaimer (&amp;English)</source>
      <translation>Disclaimer (&amp;English)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="346" />
      <source>%1 of %2 characters</source>
      <translation>%1 of %2 characters</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="352" />
      <source>— only the first %1 are printed.</source>
      <translation>— only the first %1 are printed.</translation>
    </message>
  </context>
  <context>
    <name>BundleActions</name>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="60" />
      <source>Workshop bundle (*.facilitator)</source>
      <translation>Workshop bundle (*.facilitator)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="67" />
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="170" />
      <source>Export workshop bundle</source>
      <translation>Export workshop bundle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="83" />
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="219" />
      <source>Import workshop bundle</source>
      <translation>Import workshop bundle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="105" />
      <source>&amp;Export workshop bundle…</source>
      <translation>&amp;Export workshop bundle…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="107" />
      <source>&amp;Import workshop bundle…</source>
      <translation>&amp;Import workshop bundle…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="189" />
      <source>Wrote %1</source>
      <translation>Wrote %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="194" />
      <source>Writing the bundle %1…</source>
      <translation>Writing the bundle %1…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="246" />
      <source>Importing %1…</source>
      <translation>Importing %1…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="253" />
      <source>Reading %1…</source>
      <translation>Reading %1…</translation>
    </message>
  </context>
  <context>
    <name>BundlePreview</name>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="55" />
      <source>Organizations</source>
      <translation>Organizations</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="56" />
      <source>People</source>
      <translation>People</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="57" />
      <source>Series</source>
      <translation>Series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="58" />
      <source>Phases</source>
      <translation>Phases</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="59" />
      <source>Workshops</source>
      <translation>Workshops</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="60" />
      <source>Agenda items</source>
      <translation>Agenda items</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="61" />
      <source>Attendees</source>
      <translation>Attendees</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="62" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="63" />
      <source>Speaking turns</source>
      <translation>Speaking turns</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="64" />
      <source>Proposals</source>
      <translation>Proposals</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="65" />
      <source>Proposal versions</source>
      <translation>Proposal versions</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="66" />
      <source>Rounds</source>
      <translation>Rounds</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="67" />
      <source>Positions</source>
      <translation>Positions</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="68" />
      <source>Round counts</source>
      <translation>Round counts</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="69" />
      <source>Commitments</source>
      <translation>Commitments</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="70" />
      <source>Minutes versions</source>
      <translation>Minutes versions</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="71" />
      <source>Commitment reviews</source>
      <translation>Commitment reviews</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="72" />
      <source>Idea clusters</source>
      <translation>Idea clusters</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="73" />
      <source>Ideas</source>
      <translation>Ideas</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="74" />
      <source>Dot rounds</source>
      <translation>Dot rounds</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="75" />
      <source>Dots</source>
      <translation>Dots</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="82" />
      <source>title</source>
      <translation>title</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="83" />
      <source>name</source>
      <translation>name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="84" />
      <source>given name</source>
      <translation>given name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="85" />
      <source>family name</source>
      <translation>family name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="86" />
      <source>e-mail</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="87" />
      <source>phone</source>
      <translation>phone</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="88" />
      <source>text</source>
      <translation>text</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="89" />
      <source>start</source>
      <translation>start</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="90" />
      <source>end</source>
      <translation>end</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="91" />
      <source>status</source>
      <translation>status</translation>
    </message>
  </context>
  <context>
    <name>BundlePreviewDialog</name>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="102" />
      <source>Import workshop bundle</source>
      <translation>Import workshop bundle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="104" />
      <source>Workshop: %1</source>
      <translation>Workshop: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="120" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="120" />
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="120" />
      <source>Already here</source>
      <translation>Already here</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="120" />
      <source>Different</source>
      <translation>Different</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="180" />
      <source>No row differs from this database.</source>
      <translation>No row differs from this database.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="142" />
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="142" />
      <source>What differs (mine → theirs)</source>
      <translation>What differs (mine → theirs)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="142" />
      <source>Keep</source>
      <translation>Keep</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="160" />
      <source>Mine</source>
      <translation>Mine</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="161" />
      <source>Theirs</source>
      <translation>Theirs</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="175" />
      <source>These rows differ between this database and the bundle. For each, keep this database's version (mine) or take the bundle's (theirs). Nothing here is replaced unless you choose theirs:</source>
      <translation>These rows differ between this database and the bundle. For each, keep this database's version (mine) or take the bundle's (theirs). Nothing here is replaced unless you choose theirs:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="183" />
      <source>Keep &amp;mine for all</source>
      <translation>Keep &amp;mine for all</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="185" />
      <source>Take &amp;theirs for all</source>
      <translation>Take &amp;theirs for all</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="193" />
      <source>Everything in the bundle is already here; importing changes nothing.</source>
      <translation>Everything in the bundle is already here; importing changes nothing.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="195" />
      <source>All of it is imported in one step, or nothing is.</source>
      <translation>All of it is imported in one step, or nothing is.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="200" />
      <source>&amp;Import</source>
      <translation>&amp;Import</translation>
    </message>
  </context>
  <context>
    <name>CheckInPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="67" />
      <source>Check-in</source>
      <translation>Check-in</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="72" />
      <source>%1: find an attendee, Enter: present / not; %2: walk-in</source>
      <translation>%1: find an attendee, Enter: present / not; %2: walk-in</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="77" />
      <source>No attendee matches “%1”. Enter adds them as a walk-in.</source>
      <translation>No attendee matches “%1”. Enter adds them as a walk-in.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="133" />
      <source>%1 present of %n attendee(s)</source>
      <translation>
        <numerusform>%1 present of %n attendee</numerusform>
        <numerusform>%1 present of %n attendees</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="154" />
      <source>%1 is checked in. Press Enter again to mark them not present.</source>
      <translation>%1 is checked in. Press Enter again to mark them not present.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="172" />
      <source>%1 is present.</source>
      <translation>%1 is present.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="172" />
      <source>%1 is no longer marked present.</source>
      <translation>%1 is no longer marked present.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="194" />
      <source>Type the walk-in's name in the check-in field first.</source>
      <translation>Type the walk-in's name in the check-in field first.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="205" />
      <source>%1 added as a walk-in, present.</source>
      <translation>%1 added as a walk-in, present.</translation>
    </message>
  </context>
  <context>
    <name>CommitmentForm</name>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="81" />
      <source>What the organization will do</source>
      <translation>What the organization will do</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="91" />
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="102" />
      <source>e.g. %1</source>
      <translation>e.g. %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="107" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="110" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="120" />
      <source>due</source>
      <translation>due</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="123" />
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="124" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="125" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="126" />
      <source>Contribution</source>
      <translation>Contribution</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="127" />
      <source>Quantity</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="128" />
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="129" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="130" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="131" />
      <source>Serves decision</source>
      <translation>Serves decision</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="158" />
      <source>(choose the organization)</source>
      <translation>(choose the organization)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="166" />
      <source>(no phase)</source>
      <translation>(no phase)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="172" />
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="182" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="199" />
      <source>New commitment</source>
      <translation>New commitment</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="217" />
      <source>Edit commitment</source>
      <translation>Edit commitment</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="263" />
      <source>The start date</source>
      <translation>The start date</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="264" />
      <source>The due date</source>
      <translation>The due date</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="269" />
      <source>%1 “%2” is not a date; type it like %3.</source>
      <translation>%1 “%2” is not a date; type it like %3.</translation>
    </message>
  </context>
  <context>
    <name>CommitmentPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="111" />
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="196" />
      <source>Commitment from the last note</source>
      <translation>Commitment from the last note</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="118" />
      <source>Type the organization that commits, Enter: record; Esc: cancel</source>
      <translation>Type the organization that commits, Enter: record; Esc: cancel</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="121" />
      <source>No organization of this workshop's attendees matches “%1”. The one that commits must be represented here: add its person first (Ctrl+Shift+I).</source>
      <translation>No organization of this workshop's attendees matches “%1”. The one that commits must be represented here: add its person first (Ctrl+Shift+I).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="130" />
      <source>1–8 or the first letters choose the contribution type</source>
      <translation>1–8 or the first letters choose the contribution type</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="132" />
      <source>30.06.2027, 3 months or empty</source>
      <translation>30.06.2027, 3 months or empty</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="146" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="147" />
      <source>Contribution (Tab; 1–8)</source>
      <translation>Contribution (Tab; 1–8)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="148" />
      <source>Due (Tab)</source>
      <translation>Due (Tab)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="179" />
      <source>The commitment panel closed: the agenda item changed.</source>
      <translation>The commitment panel closed: the agenda item changed.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="191" />
      <source>No note yet: type the commitment as a note, then Ctrl+T.</source>
      <translation>No note yet: type the commitment as a note, then Ctrl+T.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="203" />
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="220" />
      <source>No organization is represented by the attendees.</source>
      <translation>No organization is represented by the attendees.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="213" />
      <source>Commitment from the ideas board</source>
      <translation>Commitment from the ideas board</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="237" />
      <source>next workshop (No. %1)</source>
      <translation>next workshop (No. %1)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="239" />
      <source>3 months after this workshop</source>
      <translation>3 months after this workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="266" />
      <source>Type the organization that commits first.</source>
      <translation>Type the organization that commits first.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="290" />
      <source>The due date “%1” is not a date: type 30.06.2027, 3 months or 6 weeks.</source>
      <translation>The due date “%1” is not a date: type 30.06.2027, 3 months or 6 weeks.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="301" />
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="354" />
      <source>commitment of %1</source>
      <translation>commitment of %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="329" />
      <source>Commitment recorded: %1 — %2</source>
      <translation>Commitment recorded: %1 — %2</translation>
    </message>
  </context>
  <context>
    <name>Commitments</name>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="77" />
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="141" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="82" />
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="146" />
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="85" />
      <source>Contribution</source>
      <translation>Contribution</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="90" />
      <source>Quantity</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="96" />
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="99" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="102" />
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="149" />
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="105" />
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="157" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="108" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="111" />
      <source>Serves decision</source>
      <translation>Serves decision</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="121" />
      <source>at workshop %1</source>
      <translation>at workshop %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="130" />
      <source>Made at</source>
      <translation>Made at</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="132" />
      <source>workshop %1</source>
      <translation>workshop %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="152" />
      <source>overdue</source>
      <translation>overdue</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="160" />
      <source>Reviewed</source>
      <translation>Reviewed</translation>
    </message>
  </context>
  <context>
    <name>CommitmentsTab</name>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="81" />
      <source>Made at this workshop</source>
      <translation>Made at this workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="83" />
      <source>New co&amp;mmitment</source>
      <translation>New co&amp;mmitment</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="84" />
      <source>Add a commitment made at this workshop</source>
      <translation>Add a commitment made at this workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="86" />
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="144" />
      <source>Edit</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="88" />
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="115" />
      <source>No commitments made at this workshop yet.
Press “New commitment” to record what an institution will do and by when, or press Ctrl+T on the live screen to turn the last note into one.</source>
      <translation>No commitments made at this workshop yet.
Press “New commitment” to record what an institution will do and by when, or press Ctrl+T on the live screen to turn the last note into one.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="127" />
      <source>Reviewed</source>
      <translation>Reviewed</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="129" />
      <source>Record that the selected commitment was reviewed at this workshop</source>
      <translation>Record that the selected commitment was reviewed at this workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="132" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="134" />
      <source>Dropped</source>
      <translation>Dropped</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="139" />
      <source>Who reported on the selected commitment; the minutes name them</source>
      <translation>Who reported on the selected commitment; the minutes name them</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="141" />
      <source>Re&amp;ported by</source>
      <translation>Re&amp;ported by</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="152" />
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="299" />
      <source>Nothing open from earlier workshops of the series.</source>
      <translation>Nothing open from earlier workshops of the series.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="163" />
      <source>Filter: organization (or its short name), person, what is committed</source>
      <translation>Filter: organization (or its short name), person, what is committed</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="302" />
      <source>This workshop is not part of a series, so no commitments are carried over to it. Its own commitments are listed above.</source>
      <translation>This workshop is not part of a series, so no commitments are carried over to it. Its own commitments are listed above.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="307" />
      <source>Carried over from earlier workshops: %1</source>
      <translation>Carried over from earlier workshops: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="309" />
      <source>%1 overdue</source>
      <translation>%1 overdue</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="329" />
      <source>Nobody named</source>
      <translation>Nobody named</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_edits.py" line="126" />
      <source>add commitment %1</source>
      <translation>add commitment %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_edits.py" line="106" />
      <source>edit commitment %1</source>
      <translation>edit commitment %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_edits.py" line="133" />
      <source>delete commitment %1</source>
      <translation>delete commitment %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_edits.py" line="149" />
      <source>review commitment %1</source>
      <translation>review commitment %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_edits.py" line="150" />
      <source>mark commitment %1 done</source>
      <translation>mark commitment %1 done</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_edits.py" line="153" />
      <source>mark commitment %1 dropped</source>
      <translation>mark commitment %1 dropped</translation>
    </message>
  </context>
  <context>
    <name>Consensus</name>
    <message numerus="yes">
      <location filename="../../facilitator/services/consensus.py" line="135" />
      <source>A veto (8) blocks the proposal: %n veto(es).</source>
      <translation>
        <numerusform>A veto (8) blocks the proposal: %n veto.</numerusform>
        <numerusform>A veto (8) blocks the proposal: %n vetoes.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="140" />
      <source>Everyone abstained (4): no decision.</source>
      <translation>Everyone abstained (4): no decision.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="148" />
      <source>Serious disagreement (7: {against}) outweighs support (1–3, 6: {support}).</source>
      <translation>Serious disagreement (7: {against}) outweighs support (1–3, 6: {support}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="155" />
      <source>More discussion is needed (5: {discuss}, 7: {against} against {support} in support).</source>
      <translation>More discussion is needed (5: {discuss}, 7: {against} against {support} in support).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="164" />
      <source>Everyone who took a stand endorses or agrees (1–2).</source>
      <translation>Everyone who took a stand endorses or agrees (1–2).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="168" />
      <source>Supported by {support}; reservations ({details}).</source>
      <translation>Supported by {support}; reservations ({details}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="180" />
      <source>{n} showed 0 or 1: their concerns are heard before agreeing.</source>
      <translation>{n} showed 0 or 1: their concerns are heard before agreeing.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="185" />
      <source>Every hand shows 4 or 5.</source>
      <translation>Every hand shows 4 or 5.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="188" />
      <source>No hand below 2; {n} showed 2 or 3.</source>
      <translation>No hand below 2; {n} showed 2 or 3.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/consensus.py" line="196" />
      <source>%n objection(s) stand: amend the proposal and test it again.</source>
      <translation>
        <numerusform>%n objection stands: amend the proposal and test it again.</numerusform>
        <numerusform>%n objections stand: amend the proposal and test it again.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/consensus.py" line="211" />
      <source>No objection; %n stand(s) aside.</source>
      <translation>
        <numerusform>No objection; %n stands aside.</numerusform>
        <numerusform>No objection; %n stand aside.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/consensus.py" line="254" />
      <source>%n red card(s): an objection stands.</source>
      <translation>
        <numerusform>%n red card: an objection stands.</numerusform>
        <numerusform>%n red cards: an objection stands.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="206" />
      <source>Everyone stands aside: nobody objects, but nobody carries it.</source>
      <translation>Everyone stands aside: nobody objects, but nobody carries it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="213" />
      <source>No objection.</source>
      <translation>No objection.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="221" />
      <source>Quorum not met: {total} of {quorum} needed took part; no decision.</source>
      <translation>Quorum not met: {total} of {quorum} needed took part; no decision.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="229" />
      <source>Everyone abstained: no vote carried the proposal.</source>
      <translation>Everyone abstained: no vote carried the proposal.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="233" />
      <source>two thirds of the votes cast</source>
      <translation>two thirds of the votes cast</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="236" />
      <source>a simple majority of the votes cast</source>
      <translation>a simple majority of the votes cast</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="240" />
      <source>A tie ({yes} yes, {no} no) is not a majority.</source>
      <translation>A tie ({yes} yes, {no} no) is not a majority.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="244" />
      <source>{yes} yes, {no} no, {abstain} abstaining; needed: {rule}.</source>
      <translation>{yes} yes, {no} no, {abstain} abstaining; needed: {rule}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="259" />
      <source>Only yellow cards: nobody objects, but nobody carries it.</source>
      <translation>Only yellow cards: nobody objects, but nobody carries it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="264" />
      <source>{green} green, {yellow} yellow: agreed with reservations.</source>
      <translation>{green} green, {yellow} yellow: agreed with reservations.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="268" />
      <source>Only green cards.</source>
      <translation>Only green cards.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="296" />
      <source>Nobody took a position: there is nothing to decide on.</source>
      <translation>Nobody took a position: there is nothing to decide on.</translation>
    </message>
  </context>
  <context>
    <name>CopyAgendaDialog</name>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="40" />
      <source>Copy an agenda</source>
      <translation>Copy an agenda</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="48" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="55" />
      <source>&amp;Add after the current items</source>
      <translation>&amp;Add after the current items</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="56" />
      <source>&amp;Replace the current agenda</source>
      <translation>&amp;Replace the current agenda</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="67" />
      <source>Copy</source>
      <translation>Copy</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="72" />
      <source>Copy the agenda of:</source>
      <translation>Copy the agenda of:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="77" />
      <source>Presenters are kept only if they attend this workshop too.</source>
      <translation>Presenters are kept only if they attend this workshop too.</translation>
    </message>
  </context>
  <context>
    <name>CountsEntry</name>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="193" />
      <source>Save counts</source>
      <translation>Save counts</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="195" />
      <source>Type the counts the room shows; Enter saves them.</source>
      <translation>Type the counts the room shows; Enter saves them.</translation>
    </message>
  </context>
  <context>
    <name>CurrentItemHeader</name>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="97" />
      <source>The session has ended</source>
      <translation>The session has ended</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="99" />
      <source>The session has not started</source>
      <translation>The session has not started</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="101" />
      <source>No agenda item is running</source>
      <translation>No agenda item is running</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="108" />
      <source>No agenda yet: notes are taken all the same (type, then Enter). Plan its items in the main window's Agenda tab (%1).</source>
      <translation>No agenda yet: notes are taken all the same (type, then Enter). Plan its items in the main window's Agenda tab (%1).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="118" />
      <source>Next: %1 (%2 min) — Ctrl+→</source>
      <translation>Next: %1 (%2 min) — Ctrl+→</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="123" />
      <source>Next: — (this is the last item)</source>
      <translation>Next: — (this is the last item)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="156" />
      <source>Planned for %1, %2–%3</source>
      <translation>Planned for %1, %2–%3</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="165" />
      <source>Session %1 · %2–%3</source>
      <translation>Session %1 · %2–%3</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="176" />
      <source>Session %1 · planned end %2 · %3 left</source>
      <translation>Session %1 · planned end %2 · %3 left</translation>
    </message>
  </context>
  <context>
    <name>DecisionLabels</name>
    <message>
      <location filename="../../facilitator/ui/decisions/decision_labels.py" line="37" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decision_labels.py" line="45" />
      <source>Simple majority</source>
      <translation>Simple majority</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decision_labels.py" line="46" />
      <source>Two thirds</source>
      <translation>Two thirds</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decision_labels.py" line="64" />
      <source>Keys for no objection, objection, stand aside: N O S</source>
      <translation>Keys for no objection, objection, stand aside: N O S</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decision_labels.py" line="67" />
      <source>Keys for yes, no, abstain: Y N A</source>
      <translation>Keys for yes, no, abstain: Y N A</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decision_labels.py" line="70" />
      <source>Keys for green, yellow, red cards: G Y R</source>
      <translation>Keys for green, yellow, red cards: G Y R</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decision_labels.py" line="112" />
      <source>Keys: %1–%2 (%3 … %4) · Backspace clears</source>
      <translation>Keys: %1–%2 (%3 … %4) · Backspace clears</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decision_labels.py" line="120" />
      <source>Backspace clears</source>
      <translation>Backspace clears</translation>
    </message>
  </context>
  <context>
    <name>DecisionsTab</name>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="124" />
      <source>Type a new proposal and press Enter</source>
      <translation>Type a new proposal and press Enter</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="173" />
      <source>no review date</source>
      <translation>no review date</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="184" />
      <source>What was decided, in one or two sentences</source>
      <translation>What was decided, in one or two sentences</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="187" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="188" />
      <source>Method</source>
      <translation>Method</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="189" />
      <source>Voice</source>
      <translation>Voice</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="191" />
      <source>Review date</source>
      <translation>Review date</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="192" />
      <source>Outcome statement</source>
      <translation>Outcome statement</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="197" />
      <source>Save as amended wording</source>
      <translation>Save as amended wording</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="203" />
      <source>Wording</source>
      <translation>Wording</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="60" />
      <source>%n position(s)</source>
      <translation>
        <numerusform>%n position</numerusform>
        <numerusform>%n positions</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="92" />
      <source>Rounds</source>
      <translation>Rounds</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="98" />
      <source>no quorum</source>
      <translation>no quorum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="102" />
      <source>Open a round</source>
      <translation>Open a round</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="107" />
      <source>Quorum</source>
      <translation>Quorum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="109" />
      <source>Threshold</source>
      <translation>Threshold</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="124" />
      <source>Close the round</source>
      <translation>Close the round</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="92" />
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="32" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="89" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="90" />
      <source>Proposal</source>
      <translation>Proposal</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="46" />
      <source>Round %1</source>
      <translation>Round %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="49" />
      <source>wording %1</source>
      <translation>wording %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="57" />
      <source>quorum %1</source>
      <translation>quorum %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="62" />
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="65" />
      <source>proposed: %1</source>
      <translation>proposed: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="70" />
      <source>cut short: nothing proposed</source>
      <translation>cut short: nothing proposed</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="176" />
      <source>No review date</source>
      <translation>No review date</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="190" />
      <source>Agenda item</source>
      <translation>Agenda item</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="127" />
      <source>Cancel the round</source>
      <translation>Cancel the round</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="130" />
      <source>Remove this round: nothing has been recorded in it yet.</source>
      <translation>Remove this round: nothing has been recorded in it yet.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="41" />
      <source>Confirm the proposed outcome</source>
      <translation>Confirm the proposed outcome</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="49" />
      <source>Reason for overriding (required)</source>
      <translation>Reason for overriding (required)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="51" />
      <source>Override</source>
      <translation>Override</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="52" />
      <source>Withdraw</source>
      <translation>Withdraw</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="53" />
      <source>Defer</source>
      <translation>Defer</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="54" />
      <source>Reopen</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="56" />
      <source>Clear the outcome to test the proposal again; its number is kept.</source>
      <translation>Clear the outcome to test the proposal again; its number is kept.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="712" />
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="61" />
      <source>Delete proposal</source>
      <translation>Delete proposal</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="64" />
      <source>Commitment from this decision</source>
      <translation>Commitment from this decision</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="272" />
      <source>No proposals yet: type one in the field above and press Enter, or in the live screen press Ctrl+D to make a proposal from the last note. Each proposal is tested in rounds (gradients of agreement, fist-to-five, consent, majority vote or cards); agreed ones get a number in the series' decision register.</source>
      <translation>No proposals yet: type one in the field above and press Enter, or in the live screen press Ctrl+D to make a proposal from the last note. Each proposal is tested in rounds (gradients of agreement, fist-to-five, consent, majority vote or cards); agreed ones get a number in the series' decision register.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="334" />
      <source>(no agenda item)</source>
      <translation>(no agenda item)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="404" />
      <source>Fixed while a round is open: close or cancel the round to change it.</source>
      <translation>Fixed while a round is open: close or cancel the round to change it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="410" />
      <source>Wording %1: %2</source>
      <translation>Wording %1: %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="414" />
      <source>Earlier wordings:</source>
      <translation>Earlier wordings:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="93" />
      <source>Not decided yet.</source>
      <translation>Not decided yet.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="99" />
      <source>Decision %1: %2</source>
      <translation>Decision %1: %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="104" />
      <source>overridden: %1</source>
      <translation>overridden: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="114" />
      <source>The rule proposes: %1. %2</source>
      <translation>The rule proposes: %1. %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="120" />
      <source>Open a round to test agreement on the wording.</source>
      <translation>Open a round to test agreement on the wording.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="514" />
      <source>add proposal “%1”</source>
      <translation>add proposal “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="536" />
      <source>change of “%1”</source>
      <translation>change of “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="607" />
      <source>amendment of “%1”</source>
      <translation>amendment of “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="646" />
      <source>Round %1 closed; the rule proposes: %2</source>
      <translation>Round %1 closed; the rule proposes: %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="661" />
      <source>Round %1 cancelled.</source>
      <translation>Round %1 cancelled.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="672" />
      <source>outcome of “%1”</source>
      <translation>outcome of “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="713" />
      <source>Delete the proposal “%1” with its wordings and rounds?</source>
      <translation>Delete the proposal “%1” with its wordings and rounds?</translation>
    </message>
  </context>
  <context>
    <name>Directory</name>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="72" />
      <location filename="../../facilitator/ui/directory/directory_page.py" line="100" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="75" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="80" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="83" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="86" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="103" />
      <source>Short name</source>
      <translation>Short name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="106" />
      <source>Sector</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="111" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="114" />
      <source>People</source>
      <translation>People</translation>
    </message>
  </context>
  <context>
    <name>DirectoryPage</name>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="710" />
      <source>&amp;People</source>
      <translation>&amp;People</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="711" />
      <source>O&amp;rganizations</source>
      <translation>O&amp;rganizations</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/directory/directory_page.py" line="764" />
      <source>Import %n people</source>
      <translation>
        <numerusform>Import %n person</numerusform>
        <numerusform>Import %n people</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DirectoryPane</name>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="188" />
      <source>&amp;Delete</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="192" />
      <source>&amp;Merge into…</source>
      <translation>&amp;Merge into…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="253" />
      <source>%1 of %2</source>
      <translation>%1 of %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="293" />
      <source>This entry could not be shown.</source>
      <translation>This entry could not be shown.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="311" />
      <source>No entry is selected.</source>
      <translation>No entry is selected.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="316" />
      <source>Change the %1</source>
      <translation>Change the %1</translation>
    </message>
  </context>
  <context>
    <name>DistributionBar</name>
    <message>
      <location filename="../../facilitator/ui/decisions/distribution_bar.py" line="53" />
      <source>No positions yet</source>
      <translation>No positions yet</translation>
    </message>
  </context>
  <context>
    <name>DocumentActions</name>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="43" />
      <source>Calendar invitation in Turkish (*.ics)</source>
      <translation>Calendar invitation in Turkish (*.ics)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="46" />
      <source>Calendar invitation in English (*.ics)</source>
      <translation>Calendar invitation in English (*.ics)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="52" />
      <source>Save the calendar invitation</source>
      <translation>Save the calendar invitation</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="77" />
      <source>Doc&amp;uments</source>
      <translation>Doc&amp;uments</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="78" />
      <source>&amp;Minutes…</source>
      <translation>&amp;Minutes…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="79" />
      <source>&amp;Roadmap…</source>
      <translation>&amp;Roadmap…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="80" />
      <source>&amp;Agenda handout…</source>
      <translation>&amp;Agenda handout…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="82" />
      <source>A&amp;ttendance sheet…</source>
      <translation>A&amp;ttendance sheet…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="84" />
      <source>Name &amp;badges with room codes…</source>
      <translation>Name &amp;badges with room codes…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="86" />
      <source>&amp;Calendar invitation…</source>
      <translation>&amp;Calendar invitation…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="87" />
      <source>&amp;E-mail drafts…</source>
      <translation>&amp;E-mail drafts…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="145" />
      <source>This workshop has not been held yet, so it has no minutes. Make a draft with its details and agenda only?</source>
      <translation>This workshop has not been held yet, so it has no minutes. Make a draft with its details and agenda only?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="148" />
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="186" />
      <source>Cannot make the document</source>
      <translation>Cannot make the document</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="215" />
      <source>Cannot save the invitation</source>
      <translation>Cannot save the invitation</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="217" />
      <source>Saved to %1</source>
      <translation>Saved to %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="233" />
      <source>Name badges with room codes</source>
      <translation>Name badges with room codes</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="237" />
      <location filename="../../facilitator/ui/documents/document_actions.py" line="273" />
      <source>Cannot make the badges</source>
      <translation>Cannot make the badges</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="239" />
      <source>Name badges</source>
      <translation>Name badges</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="260" />
      <source>Writing the name badges…</source>
      <translation>Writing the name badges…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/documents/document_actions.py" line="266" />
      <source>Saved %n name badge(s) to %1; their codes point to %2</source>
      <translation>
        <numerusform>Saved %n name badge to %1; their codes point to %2</numerusform>
        <numerusform>Saved %n name badges to %1; their codes point to %2</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="285" />
      <source>Export the minutes…</source>
      <translation>Export the minutes…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="286" />
      <source>The live session has ended: export its minutes as a PDF.</source>
      <translation>The live session has ended: export its minutes as a PDF.</translation>
    </message>
  </context>
  <context>
    <name>DotPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="108" />
      <source>Dots</source>
      <translation>Dots</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="118" />
      <source>dots each</source>
      <translation>dots each</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="123" />
      <location filename="../../facilitator/ui/live/dot_panel.py" line="269" />
      <source>on ideas</source>
      <translation>on ideas</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="124" />
      <location filename="../../facilitator/ui/live/dot_panel.py" line="269" />
      <source>on clusters</source>
      <translation>on clusters</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="131" />
      <source>Tab: next choice · Enter opens the round · Esc cancels</source>
      <translation>Tab: next choice · Enter opens the round · Esc cancels</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="146" />
      <source>Who puts the dots? Type a name (Enter picks, Esc cancels)</source>
      <translation>Who puts the dots? Type a name (Enter picks, Esc cancels)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="168" />
      <source>No dots yet.</source>
      <translation>No dots yet.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="265" />
      <source>No dot round yet. R opens one.</source>
      <translation>No dot round yet. R opens one.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="194" />
      <source>counted</source>
      <translation>counted</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="192" />
      <source>per person</source>
      <translation>per person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="193" />
      <source>per institution</source>
      <translation>per institution</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="274" />
      <source>open — E ends it</source>
      <translation>open — E ends it</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="274" />
      <source>closed — R opens a new one</source>
      <translation>closed — R opens a new one</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="276" />
      <source>Round %1: %2 · %3</source>
      <translation>Round %1: %2 · %3</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="282" />
      <source>Split by sector · S: by institution</source>
      <translation>Split by sector · S: by institution</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="284" />
      <source>Split by institution · S: by sector</source>
      <translation>Split by institution · S: by sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="295" />
      <source>Type the room's count on a card, Enter saves it.</source>
      <translation>Type the room's count on a card, Enter saves it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="297" />
      <source>V: choose who puts the dots, then + / − on a card.</source>
      <translation>V: choose who puts the dots, then + / − on a card.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="301" />
      <source>Dots by %1 — %2 · +/− on a card · V: someone else</source>
      <translation>Dots by %1 — %2 · +/− on a card · V: someone else</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="319" />
      <source>A dot round is already open; E ends it first.</source>
      <translation>A dot round is already open; E ends it first.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="346" />
      <source>Dots were given in this round since; end it instead.</source>
      <translation>Dots were given in this round since; end it instead.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="353" />
      <source>open dot round</source>
      <translation>open dot round</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="373" />
      <source>Dot round %1 is open.</source>
      <translation>Dot round %1 is open.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="376" />
      <source>Type counts on the cards.</source>
      <translation>Type counts on the cards.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="378" />
      <source>V: who puts the dots.</source>
      <translation>V: who puts the dots.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="387" />
      <source>No dot round is open.</source>
      <translation>No dot round is open.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="391" />
      <source>end dot round</source>
      <translation>end dot round</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="399" />
      <source>Dot round %1 ended: %2 in all.</source>
      <translation>Dot round %1 ended: %2 in all.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="414" />
      <source>No dot round is open: R opens one.</source>
      <translation>No dot round is open: R opens one.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="424" />
      <source>This round puts dots on clusters: select a cluster.</source>
      <translation>This round puts dots on clusters: select a cluster.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="428" />
      <source>This round puts dots on ideas: select an idea.</source>
      <translation>This round puts dots on ideas: select an idea.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="438" />
      <location filename="../../facilitator/ui/live/dot_panel.py" line="476" />
      <source>This round is counted: type the count on a card.</source>
      <translation>This round is counted: type the count on a card.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="452" />
      <source>Nobody is checked in as present yet: Ctrl+I checks people in.</source>
      <translation>Nobody is checked in as present yet: Ctrl+I checks people in.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="480" />
      <source>First choose who puts the dots: V.</source>
      <translation>First choose who puts the dots: V.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="486" />
      <source>dot by %1</source>
      <translation>dot by %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="486" />
      <source>dot taken back from %1</source>
      <translation>dot taken back from %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="510" />
      <source>Digits type counts in a counted round; here + gives a dot.</source>
      <translation>Digits type counts in a counted round; here + gives a dot.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="526" />
      <source>Count for “%1”: %2 — Enter saves, Esc cancels</source>
      <translation>Count for “%1”: %2 — Enter saves, Esc cancels</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="554" />
      <source>count</source>
      <translation>count</translation>
    </message>
  </context>
  <context>
    <name>Edits</name>
    <message>
      <location filename="../../facilitator/ui/kit/operations.py" line="157" />
      <source>The change was not made</source>
      <translation>The change was not made</translation>
    </message>
  </context>
  <context>
    <name>EmptyDirectory</name>
    <message>
      <location filename="../../facilitator/ui/directory/empty_directory.py" line="25" />
      <source>The directory is empty</source>
      <translation>The directory is empty</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/empty_directory.py" line="32" />
      <source>Everyone who takes part in your workshops, and the organizations they come from, are kept here, shared by every workshop. Start by adding the first person (a new organization can be created in the same form), or import a list of people from a spreadsheet (CSV or Excel).</source>
      <translation>Everyone who takes part in your workshops, and the organizations they come from, are kept here, shared by every workshop. Start by adding the first person (a new organization can be created in the same form), or import a list of people from a spreadsheet (CSV or Excel).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/empty_directory.py" line="40" />
      <source>&amp;Add a person…</source>
      <translation>&amp;Add a person…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/empty_directory.py" line="42" />
      <source>&amp;Import a list…</source>
      <translation>&amp;Import a list…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/empty_directory.py" line="45" />
      <source>Add an &amp;organization…</source>
      <translation>Add an &amp;organization…</translation>
    </message>
  </context>
  <context>
    <name>EmptyPage</name>
    <message>
      <location filename="../../facilitator/ui/empty_page.py" line="18" />
      <source>&lt;h2&gt;No workshop yet&lt;/h2&gt;&lt;p&gt;Start by creating a series (a theme with its workshops) or a single workshop. People and organizations you add are kept in the directory for every workshop.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;No workshop yet&lt;/h2&gt;&lt;p&gt;Start by creating a series (a theme with its workshops) or a single workshop. People and organizations you add are kept in the directory for every workshop.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="86" />
      <source>Everything saved before it is safe in the database.</source>
      <translation>Everything saved before it is safe in the database.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="90" />
      <source>Something went wrong in Facilitator</source>
      <translation>Something went wrong in Facilitator</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="92" />
      <source>What you just did may not have been completed.</source>
      <translation>What you just did may not have been completed.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="98" />
      <source>If this happens again, press “Copy details” and send them to whoever supports Facilitator for you.</source>
      <translation>If this happens again, press “Copy details” and send them to whoever supports Facilitator for you.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="105" />
      <source>This could not be done</source>
      <translation>This could not be done</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="135" />
      <source>The details were written to the log file:</source>
      <translation>The details were written to the log file:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="139" />
      <source>The details could not be written to a log file; “Copy details” keeps them.</source>
      <translation>The details could not be written to a log file; “Copy details” keeps them.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="151" />
      <source>&amp;Copy details</source>
      <translation>&amp;Copy details</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="156" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="177" />
      <source>This happened %1 times.</source>
      <translation>This happened %1 times.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="185" />
      <source>Copied ✓</source>
      <translation>Copied ✓</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="344" />
      <source>&amp;Try again</source>
      <translation>&amp;Try again</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="404" />
      <source>An error in Facilitator stopped this from loading; it is not something you did. Nothing was changed.</source>
      <translation>An error in Facilitator stopped this from loading; it is not something you did. Nothing was changed.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../facilitator/services/_common.py" line="92" />
      <source>{value} is not a valid {what} number.</source>
      <translation>{value} is not a valid {what} number.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="63" />
      <location filename="../../facilitator/services/commitment_reviews.py" line="203" />
      <source>This was changed elsewhere since; undoing or redoing would overwrite the newer value, so nothing was changed.</source>
      <translation>This was changed elsewhere since; undoing or redoing would overwrite the newer value, so nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="70" />
      <source>This was changed elsewhere since ({fields}); undoing or redoing would overwrite the newer value, so nothing was changed.</source>
      <translation>This was changed elsewhere since ({fields}); undoing or redoing would overwrite the newer value, so nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="125" />
      <location filename="../../facilitator/services/proposals/anyone.py" line="284" />
      <source>The {what} #{id} no longer exists.</source>
      <translation>The {what} #{id} no longer exists.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="149" />
      <source>{label} must be text.</source>
      <translation>{label} must be text.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="155" />
      <source>{label} contains characters that cannot be stored.</source>
      <translation>{label} contains characters that cannot be stored.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="166" />
      <source>{label} contains a control character ({code}) that cannot be stored.</source>
      <translation>{label} contains a control character ({code}) that cannot be stored.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="175" />
      <source>{label} cannot be empty.</source>
      <translation>{label} cannot be empty.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="179" />
      <source>{label} is too long (at most {n} characters).</source>
      <translation>{label} is too long (at most {n} characters).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="243" />
      <source>{label} must be a date and time.</source>
      <translation>{label} must be a date and time.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="247" />
      <source>{label} has no time zone.</source>
      <translation>{label} has no time zone.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="489" />
      <source>The dots each voter has must be a whole number from 1 to {n}.</source>
      <translation>The dots each voter has must be a whole number from 1 to {n}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="234" />
      <source>{label} is out of range (years 1900–2200).</source>
      <translation>{label} is out of range (years 1900–2200).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="262" />
      <source>{label} must be a date.</source>
      <translation>{label} must be a date.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="278" />
      <source>{label} must be a whole number from {low} to {high}.</source>
      <translation>{label} must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="324" />
      <source>{label} must be yes or no.</source>
      <translation>{label} must be yes or no.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="338" />
      <location filename="../../facilitator/services/_common.py" line="343" />
      <source>The stored minutes are not readable.</source>
      <translation>The stored minutes are not readable.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="352" />
      <source>The SHA-256 is not 64 hexadecimal digits.</source>
      <translation>The SHA-256 is not 64 hexadecimal digits.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="367" />
      <source>“{value}” is not a record identifier.</source>
      <translation>“{value}” is not a record identifier.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="386" />
      <source>“{zone}” is not a time zone; use a name such as Europe/Istanbul.</source>
      <translation>“{zone}” is not a time zone; use a name such as Europe/Istanbul.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="400" />
      <source>A search must be text.</source>
      <translation>A search must be text.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="409" />
      <source>“{value}” is not a valid {label}.</source>
      <translation>“{value}” is not a valid {label}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="426" />
      <location filename="../../facilitator/services/bundles/importing.py" line="253" />
      <source> and {n} more</source>
      <translation> and {n} more</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="122" />
      <source>An organization named “{name}” already exists.</source>
      <translation>An organization named “{name}” already exists.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="244" />
      <source>%n person(s)</source>
      <translation>
        <numerusform>%n person</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="250" />
      <location filename="../../facilitator/services/directory.py" line="565" />
      <source>%n commitment(s)</source>
      <translation>
        <numerusform>%n commitment</numerusform>
        <numerusform>%n commitments</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="257" />
      <source>attendees of %n workshop(s)</source>
      <translation>
        <numerusform>attendees of %n workshop</numerusform>
        <numerusform>attendees of %n workshops</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="259" />
      <source>%n hosted workshop(s)</source>
      <translation>
        <numerusform>%n hosted workshop</numerusform>
        <numerusform>%n hosted workshops</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="261" />
      <source>%n coordinated series</source>
      <translation>
        <numerusform>%n coordinated series</numerusform>
        <numerusform>%n coordinated series</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="266" />
      <location filename="../../facilitator/services/directory.py" line="560" />
      <source>%n recorded position(s)</source>
      <translation>
        <numerusform>%n recorded position</numerusform>
        <numerusform>%n recorded positions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="276" />
      <source>%n idea(s) on an ideas board</source>
      <translation>
        <numerusform>%n idea on an ideas board</numerusform>
        <numerusform>%n ideas on an ideas board</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="279" />
      <source>%n dot(s) in dot rounds</source>
      <translation>
        <numerusform>%n dot in dot rounds</numerusform>
        <numerusform>%n dots in dot rounds</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="539" />
      <source>attends %n workshop(s)</source>
      <translation>
        <numerusform>attends %n workshop</numerusform>
        <numerusform>attends %n workshops</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="547" />
      <source>moderates %n workshop(s)</source>
      <translation>
        <numerusform>moderates %n workshop</numerusform>
        <numerusform>moderates %n workshops</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="551" />
      <source>%n attributed note(s)</source>
      <translation>
        <numerusform>%n attributed note</numerusform>
        <numerusform>%n attributed notes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="555" />
      <source>%n speaker turn(s)</source>
      <translation>
        <numerusform>%n speaker turn</numerusform>
        <numerusform>%n speaker turns</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="154" />
      <source>{name} already attends this workshop.</source>
      <translation>{name} already attends this workshop.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="161" />
      <location filename="../../facilitator/services/attendees.py" line="209" />
      <location filename="../../facilitator/services/commitments.py" line="421" />
      <location filename="../../facilitator/services/commitments.py" line="699" />
      <location filename="../../facilitator/services/directory.py" line="184" />
      <location filename="../../facilitator/services/directory.py" line="229" />
      <location filename="../../facilitator/services/directory.py" line="285" />
      <location filename="../../facilitator/services/directory.py" line="331" />
      <location filename="../../facilitator/services/ideas/board.py" line="378" />
      <location filename="../../facilitator/services/ideas/dots.py" line="217" />
      <location filename="../../facilitator/services/live/checkin.py" line="201" />
      <location filename="../../facilitator/services/merge.py" line="208" />
      <location filename="../../facilitator/services/merge.py" line="209" />
      <location filename="../../facilitator/services/series.py" line="51" />
      <location filename="../../facilitator/services/workshops.py" line="94" />
      <source>organization</source>
      <translation>organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="214" />
      <source>Some of these attendees no longer exist.</source>
      <translation>Some of these attendees no longer exist.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="252" />
      <location filename="../../facilitator/services/attendees.py" line="282" />
      <location filename="../../facilitator/services/attendees.py" line="457" />
      <location filename="../../facilitator/services/live/checkin.py" line="152" />
      <source>attendee</source>
      <translation>attendee</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="289" />
      <source>“{name}” cannot be deleted: {refs} refer to it.</source>
      <translation>“{name}” cannot be deleted: {refs} refer to it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="200" />
      <source>“{email}” is not an e-mail address.</source>
      <translation>“{email}” is not an e-mail address.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="200" />
      <location filename="../../facilitator/services/ideas/board.py" line="385" />
      <location filename="../../facilitator/services/live/notes.py" line="145" />
      <location filename="../../facilitator/services/live/notes.py" line="258" />
      <location filename="../../facilitator/services/live/notes.py" line="477" />
      <location filename="../../facilitator/services/proposals/wording.py" line="42" />
      <source>agenda item</source>
      <translation>agenda item</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="248" />
      <source>The presenter must be a person attending the workshop.</source>
      <translation>The presenter must be a person attending the workshop.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="109" />
      <location filename="../../facilitator/services/attendees.py" line="146" />
      <location filename="../../facilitator/services/attendees.py" line="413" />
      <location filename="../../facilitator/services/commitment_reviews.py" line="87" />
      <location filename="../../facilitator/services/commitments.py" line="426" />
      <location filename="../../facilitator/services/directory.py" line="469" />
      <location filename="../../facilitator/services/directory.py" line="483" />
      <location filename="../../facilitator/services/directory.py" line="579" />
      <location filename="../../facilitator/services/directory.py" line="619" />
      <location filename="../../facilitator/services/ideas/board.py" line="369" />
      <location filename="../../facilitator/services/ideas/dots.py" line="218" />
      <location filename="../../facilitator/services/merge.py" line="128" />
      <location filename="../../facilitator/services/merge.py" line="129" />
      <location filename="../../facilitator/services/personal_data.py" line="81" />
      <location filename="../../facilitator/services/personal_data.py" line="85" />
      <location filename="../../facilitator/services/personal_data.py" line="368" />
      <location filename="../../facilitator/services/personal_data.py" line="370" />
      <location filename="../../facilitator/services/personal_data.py" line="390" />
      <location filename="../../facilitator/services/room/tokens.py" line="209" />
      <location filename="../../facilitator/services/workshops.py" line="99" />
      <source>person</source>
      <translation>person</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="117" />
      <source>{name} does not attend this workshop; add them as an attendee first.</source>
      <translation>{name} does not attend this workshop; add them as an attendee first.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="471" />
      <source>Planned minutes must be a whole number from 0 to {n}.</source>
      <translation>Planned minutes must be a whole number from 0 to {n}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="379" />
      <source>The agenda item “{title}” is already there.</source>
      <translation>The agenda item “{title}” is already there.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="490" />
      <location filename="../../facilitator/services/agenda.py" line="570" />
      <source>The position must be between 1 and {n}.</source>
      <translation>The position must be between 1 and {n}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="594" />
      <source>Some of these agenda items no longer exist.</source>
      <translation>Some of these agenda items no longer exist.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="680" />
      <source>Choose another workshop to copy the agenda from.</source>
      <translation>Choose another workshop to copy the agenda from.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="685" />
      <source>“{title}” has no agenda to copy.</source>
      <translation>“{title}” has no agenda to copy.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="741" />
      <source>The agenda is empty: there is nothing to save as a template.</source>
      <translation>The agenda is empty: there is nothing to save as a template.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="750" />
      <source>A template named “{name}” already exists.</source>
      <translation>A template named “{name}” already exists.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="779" />
      <location filename="../../facilitator/services/agenda.py" line="788" />
      <source>template</source>
      <translation>template</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="791" />
      <source>The template “{name}” has no items.</source>
      <translation>The template “{name}” has no items.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="583" />
      <source>“{name}” cannot be deleted: {refs}.</source>
      <translation>“{name}” cannot be deleted: {refs}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitment_reviews.py" line="83" />
      <location filename="../../facilitator/services/commitment_reviews.py" line="156" />
      <location filename="../../facilitator/services/commitment_reviews.py" line="174" />
      <location filename="../../facilitator/services/commitments.py" line="272" />
      <location filename="../../facilitator/services/commitments.py" line="629" />
      <location filename="../../facilitator/services/commitments.py" line="651" />
      <location filename="../../facilitator/services/commitments.py" line="670" />
      <location filename="../../facilitator/services/ideas/taking.py" line="148" />
      <source>commitment</source>
      <translation>commitment</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="286" />
      <location filename="../../facilitator/services/commitments.py" line="352" />
      <location filename="../../facilitator/services/commitments.py" line="599" />
      <location filename="../../facilitator/services/document_data.py" line="674" />
      <location filename="../../facilitator/services/proposals/decisions.py" line="45" />
      <location filename="../../facilitator/services/roadmap.py" line="110" />
      <location filename="../../facilitator/services/roadmap.py" line="135" />
      <location filename="../../facilitator/services/roadmap.py" line="197" />
      <location filename="../../facilitator/services/roadmap.py" line="450" />
      <location filename="../../facilitator/services/series.py" line="104" />
      <location filename="../../facilitator/services/series.py" line="116" />
      <location filename="../../facilitator/services/series.py" line="130" />
      <location filename="../../facilitator/services/workshops.py" line="86" />
      <location filename="../../facilitator/services/workshops.py" line="350" />
      <source>series</source>
      <translation>series</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="292" />
      <location filename="../../facilitator/services/_common.py" line="299" />
      <location filename="../../facilitator/services/_common.py" line="303" />
      <source>{label} must be a number.</source>
      <translation>{label} must be a number.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="307" />
      <source>{label} cannot be negative.</source>
      <translation>{label} cannot be negative.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="311" />
      <source>{label} is too large.</source>
      <translation>{label} is too large.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="315" />
      <source>{label} can have at most two decimals.</source>
      <translation>{label} can have at most two decimals.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="417" />
      <source>A commitment needs the organization that makes it.</source>
      <translation>A commitment needs the organization that makes it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="445" />
      <location filename="../../facilitator/services/roadmap.py" line="153" />
      <location filename="../../facilitator/services/roadmap.py" line="165" />
      <location filename="../../facilitator/services/roadmap.py" line="184" />
      <source>phase</source>
      <translation>phase</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="448" />
      <source>The phase “{title}” belongs to another series.</source>
      <translation>The phase “{title}” belongs to another series.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="466" />
      <location filename="../../facilitator/services/commitments.py" line="573" />
      <source>decision</source>
      <translation>decision</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="485" />
      <source>A quantity needs its unit (TRY, EUR, volunteer hours or volunteers).</source>
      <translation>A quantity needs its unit (TRY, EUR, volunteer hours or volunteers).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="492" />
      <source>A unit needs a quantity; enter the amount or clear the unit.</source>
      <translation>A unit needs a quantity; enter the amount or clear the unit.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="497" />
      <source>The due date ({due}) is before the start date ({start}).</source>
      <translation>The due date ({due}) is before the start date ({start}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="538" />
      <source>{person} is not with {organization}; choose one of its people or nobody.</source>
      <translation>{person} is not with {organization}; choose one of its people or nobody.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="552" />
      <source>The decision “{title}” was taken in another series.</source>
      <translation>The decision “{title}” was taken in another series.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="602" />
      <source>A commitment is made at a workshop or on a series' roadmap.</source>
      <translation>A commitment is made at a workshop or on a series' roadmap.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitment_reviews.py" line="124" />
      <source>A commitment cannot be reviewed at a workshop held before the one where it was made.</source>
      <translation>A commitment cannot be reviewed at a workshop held before the one where it was made.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="562" />
      <source>“{title}” has not been agreed; a commitment serves an agreed decision.</source>
      <translation>“{title}” has not been agreed; a commitment serves an agreed decision.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitment_reviews.py" line="118" />
      <source>A commitment is reviewed at a workshop of its own series.</source>
      <translation>A commitment is reviewed at a workshop of its own series.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="493" />
      <source>The number in the series must be between 1 and 9999.</source>
      <translation>The number in the series must be between 1 and 9999.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="375" />
      <source>The language must be Turkish (tr) or English (en).</source>
      <translation>The language must be Turkish (tr) or English (en).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="127" />
      <source>The minutes of “{title}” have not been finalised yet: finalise them (Documents, Minutes) and the status becomes “minutes sent” by itself.</source>
      <translation>The minutes of “{title}” have not been finalised yet: finalise them (Documents, Minutes) and the status becomes “minutes sent” by itself.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="139" />
      <source>The workshop must end after it starts.</source>
      <translation>The workshop must end after it starts.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="144" />
      <source>Only a workshop in a series can have a number.</source>
      <translation>Only a workshop in a series can have a number.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="156" />
      <source>Number {n} is already taken in this series by “{title}”.</source>
      <translation>Number {n} is already taken in this series by “{title}”.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="196" />
      <location filename="../../facilitator/services/attendee_import/directory_index.py" line="59" />
      <location filename="../../facilitator/services/attendees.py" line="129" />
      <location filename="../../facilitator/services/attendees.py" line="145" />
      <location filename="../../facilitator/services/attendees.py" line="343" />
      <location filename="../../facilitator/services/attendees.py" line="407" />
      <location filename="../../facilitator/services/attendees.py" line="452" />
      <location filename="../../facilitator/services/bundles/export.py" line="52" />
      <location filename="../../facilitator/services/bundles/export.py" line="150" />
      <location filename="../../facilitator/services/commitment_reviews.py" line="84" />
      <location filename="../../facilitator/services/commitment_reviews.py" line="222" />
      <location filename="../../facilitator/services/commitments.py" line="279" />
      <location filename="../../facilitator/services/commitments.py" line="300" />
      <location filename="../../facilitator/services/commitments.py" line="333" />
      <location filename="../../facilitator/services/commitments.py" line="471" />
      <location filename="../../facilitator/services/commitments.py" line="596" />
      <location filename="../../facilitator/services/document_data.py" line="344" />
      <location filename="../../facilitator/services/listing.py" line="186" />
      <location filename="../../facilitator/services/live/base.py" line="23" />
      <location filename="../../facilitator/services/minutes_record.py" line="95" />
      <location filename="../../facilitator/services/proposals/reading.py" line="152" />
      <location filename="../../facilitator/services/workshops.py" line="272" />
      <location filename="../../facilitator/services/workshops.py" line="310" />
      <location filename="../../facilitator/services/workshops.py" line="339" />
      <source>workshop</source>
      <translation>workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/merge.py" line="126" />
      <source>A person cannot be merged with themselves.</source>
      <translation>A person cannot be merged with themselves.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/merge.py" line="206" />
      <source>An organization cannot be merged with itself.</source>
      <translation>An organization cannot be merged with itself.</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="93" />
      <source>{url}: Facilitator talks to PostgreSQL through psycopg 3; write the URL as postgresql+psycopg://USER@HOST/DATABASE</source>
      <translation>{url}: Facilitator talks to PostgreSQL through psycopg 3; write the URL as postgresql+psycopg://USER@HOST/DATABASE</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="103" />
      <source>The PostgreSQL driver is not installed: pip install "facilitator[postgres]"</source>
      <translation>The PostgreSQL driver is not installed: pip install "facilitator[postgres]"</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="110" />
      <source>{url}: Facilitator works with an SQLite file or a PostgreSQL server (postgresql+psycopg://…), not {backend}</source>
      <translation>{url}: Facilitator works with an SQLite file or a PostgreSQL server (postgresql+psycopg://…), not {backend}</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="146" />
      <source>{url} is a database in memory, which keeps nothing once the command ends; give a file instead</source>
      <translation>{url} is a database in memory, which keeps nothing once the command ends; give a file instead</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="154" />
      <source>{url}: options in an SQLite URL are not supported; give the path of the file</source>
      <translation>{url}: options in an SQLite URL are not supported; give the path of the file</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="244" />
      <source>there is no database at {path}</source>
      <translation>there is no database at {path}</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="258" />
      <location filename="../../facilitator/store/store.py" line="347" />
      <source>{path} is not a Facilitator database (it is empty); nothing was written to it</source>
      <translation>{path} is not a Facilitator database (it is empty); nothing was written to it</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="442" />
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="46" />
      <source>The database is open read-only because another Facilitator is using it; nothing was changed.</source>
      <translation>The database is open read-only because another Facilitator is using it; nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="463" />
      <source>The connection to the database server is lost; nothing was changed. Facilitator reconnects by itself as soon as the server answers.</source>
      <translation>The connection to the database server is lost; nothing was changed. Facilitator reconnects by itself as soon as the server answers.</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="550" />
      <source>The old values could not be erased from the database file because another program is reading it. Close that program (or the other Facilitator) and try again.</source>
      <translation>The old values could not be erased from the database file because another program is reading it. Close that program (or the other Facilitator) and try again.</translation>
    </message>
    <message>
      <location filename="../../facilitator/room/writer.py" line="105" />
      <location filename="../../facilitator/store/store.py" line="577" />
      <source>The change was refused by the database: {reason}</source>
      <translation>The change was refused by the database: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="643" />
      <source>{path} has {n} names (hard links), so another Facilitator could use it unnoticed under the other name; copy it to a file of its own and open that</source>
      <translation>{path} has {n} names (hard links), so another Facilitator could use it unnoticed under the other name; copy it to a file of its own and open that</translation>
    </message>
    <message>
      <location filename="../../facilitator/room/writer.py" line="111" />
      <location filename="../../facilitator/store/store.py" line="590" />
      <source>The database could not be used: {reason}</source>
      <translation>The database could not be used: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="180" />
      <source>{file} is a folder, not a file.</source>
      <translation>{file} is a folder, not a file.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="157" />
      <source>{file} is {size} MB; an attendee list is far smaller (at most {limit} MB).</source>
      <translation>{file} is {size} MB; an attendee list is far smaller (at most {limit} MB).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="187" />
      <location filename="../../facilitator/documents/attendee_files.py" line="208" />
      <location filename="../../facilitator/documents/attendee_files.py" line="1393" />
      <source>cannot read {file}: {reason}</source>
      <translation>cannot read {file}: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="190" />
      <location filename="../../facilitator/documents/attendee_files.py" line="595" />
      <location filename="../../facilitator/documents/attendee_files.py" line="995" />
      <source>{file} is empty.</source>
      <translation>{file} is empty.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="228" />
      <source>{file} is an old Excel workbook (.xls) or a password-protected one; save it as .xlsx without a password, or as CSV.</source>
      <translation>{file} is an old Excel workbook (.xls) or a password-protected one; save it as .xlsx without a password, or as CSV.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="198" />
      <source>{file} is not an Excel workbook, although its name ends in .xlsx.</source>
      <translation>{file} is not an Excel workbook, although its name ends in .xlsx.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="110" />
      <source>{file}, row {row}, column {column}</source>
      <translation>{file}, row {row}, column {column}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="112" />
      <source>{file}, sheet “{sheet}”, row {row}, column {column}</source>
      <translation>{file}, sheet “{sheet}”, row {row}, column {column}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="131" />
      <source>{file} has more than {limit} rows, blank ones included: more than Excel itself can show.</source>
      <translation>{file} has more than {limit} rows, blank ones included: more than Excel itself can show.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="141" />
      <source>a value beyond the first {limit} columns; an attendee list has far fewer columns.</source>
      <translation>a value beyond the first {limit} columns; an attendee list has far fewer columns.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="148" />
      <source>the cell holds more than {limit} characters, more than Excel allows in one cell.</source>
      <translation>the cell holds more than {limit} characters, more than Excel allows in one cell.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="224" />
      <source>{file} is an old Excel workbook (.xls); save it as .xlsx or CSV.</source>
      <translation>{file} is an old Excel workbook (.xls); save it as .xlsx or CSV.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="239" />
      <source>{file} is protected by a password; open it in Excel, remove the password and save it again, or save it as CSV.</source>
      <translation>{file} is protected by a password; open it in Excel, remove the password and save it again, or save it as CSV.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="275" />
      <source>{file} starts like UTF-16 text but is not valid UTF-16 (byte {offset}).</source>
      <translation>{file} starts like UTF-16 text but is not valid UTF-16 (byte {offset}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="287" />
      <source>{file} is marked as UTF-8 but line {line} is not UTF-8; save it again as UTF-8.</source>
      <translation>{file} is marked as UTF-8 but line {line} is not UTF-8; save it again as UTF-8.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="301" />
      <source>{file} looks like UTF-16 text without a byte-order mark; save it as CSV in UTF-8.</source>
      <translation>{file} looks like UTF-16 text without a byte-order mark; save it as CSV in UTF-8.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="315" />
      <source>{file} is neither UTF-8 nor Windows-1254 text: line {line} has the byte 0x{byte:02X}; save it again as CSV in UTF-8.</source>
      <translation>{file} is neither UTF-8 nor Windows-1254 text: line {line} has the byte 0x{byte:02X}; save it again as CSV in UTF-8.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="331" />
      <source>{file} is not a text file: it holds binary data (line {line}); choose a CSV or .xlsx file.</source>
      <translation>{file} is not a text file: it holds binary data (line {line}); choose a CSV or .xlsx file.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="343" />
      <source>{file} is not a text file: it holds binary data; choose a CSV or .xlsx file.</source>
      <translation>{file} is not a text file: it holds binary data; choose a CSV or .xlsx file.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="381" />
      <source>{file} mixes encodings: line {utf8} is UTF-8 but line {other} is not; save it again as CSV in UTF-8.</source>
      <translation>{file} mixes encodings: line {utf8} is UTF-8 but line {other} is not; save it again as CSV in UTF-8.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="120" />
      <source>{file} has more than {limit} rows; an attendee list of one workshop is expected.</source>
      <translation>{file} has more than {limit} rows; an attendee list of one workshop is expected.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="528" />
      <source>{file}, row {row}, column {column}: a quote opens here and is never closed.</source>
      <translation>{file}, row {row}, column {column}: a quote opens here and is never closed.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="537" />
      <source>{file}, row {row}: the quotes are not where CSV expects them ({detail}).</source>
      <translation>{file}, row {row}: the quotes are not where CSV expects them ({detail}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="610" />
      <source>{file} has a header row but no attendees below it.</source>
      <translation>{file} has a header row but no attendees below it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="732" />
      <source>the sheet uses shared texts the workbook does not hold</source>
      <translation>the sheet uses shared texts the workbook does not hold</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="826" />
      <location filename="../../facilitator/documents/attendee_files.py" line="1411" />
      <source>{file} is not a readable Excel workbook ({reason}).</source>
      <translation>{file} is not a readable Excel workbook ({reason}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="844" />
      <source>{file} is packed with a method this program cannot read (zip method {method}); open it in Excel or LibreOffice and save it again as .xlsx.</source>
      <translation>{file} is packed with a method this program cannot read (zip method {method}); open it in Excel or LibreOffice and save it again as .xlsx.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="854" />
      <source>{file} is too large once unpacked: {part} would take {size} MB, and an attendee list needs at most {limit} MB.</source>
      <translation>{file} is too large once unpacked: {part} would take {size} MB, and an attendee list needs at most {limit} MB.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="866" />
      <source>{file} is refused: {part} unpacks to {ratio} times its packed size, and a real workbook stays under {limit} times.</source>
      <translation>{file} is refused: {part} unpacks to {ratio} times its packed size, and a real workbook stays under {limit} times.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="906" />
      <source>it declares a document type</source>
      <translation>it declares a document type</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="975" />
      <source>{file} is a zip archive but not an Excel workbook; choose a CSV or .xlsx file.</source>
      <translation>{file} is a zip archive but not an Excel workbook; choose a CSV or .xlsx file.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1038" />
      <source>{file} holds more than {limit} cells and other entries; an attendee list holds far fewer.</source>
      <translation>{file} holds more than {limit} cells and other entries; an attendee list holds far fewer.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1049" />
      <source>{file} takes more than {limit} seconds to read; an attendee list reads in one or two. Save the attendee sheet alone, or as CSV, and import that.</source>
      <translation>{file} takes more than {limit} seconds to read; an attendee list reads in one or two. Save the attendee sheet alone, or as CSV, and import that.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1134" />
      <source>row number {value}</source>
      <translation>row number {value}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1197" />
      <source>cell reference {value}</source>
      <translation>cell reference {value}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1219" />
      <source>shared text number {value}</source>
      <translation>shared text number {value}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1266" />
      <source>merged ranges overlap</source>
      <translation>merged ranges overlap</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1381" />
      <source>the sheet uses shared text {n}, which is missing</source>
      <translation>the sheet uses shared text {n}, which is missing</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1400" />
      <source>{file} packs more than {limit} parts; an Excel workbook holds a few dozen.</source>
      <translation>{file} packs more than {limit} parts; an Excel workbook holds a few dozen.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1626" />
      <location filename="../../facilitator/documents/attendee_files.py" line="1639" />
      <source>cannot write {file}: {reason}</source>
      <translation>cannot write {file}: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1724" />
      <source>{file}: the file name must end in .csv or .xlsx.</source>
      <translation>{file}: the file name must end in .csv or .xlsx.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="84" />
      <source>{file}, sheet “{sheet}”, row {row}: {problem}</source>
      <translation>{file}, sheet “{sheet}”, row {row}: {problem}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="87" />
      <source>{file}, sheet “{sheet}”, row {row}, column {column}: {problem}</source>
      <translation>{file}, sheet “{sheet}”, row {row}, column {column}: {problem}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="91" />
      <source>{file}, row {row}: {problem}</source>
      <translation>{file}, row {row}: {problem}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="94" />
      <source>{file}, row {row}, column {column}: {problem}</source>
      <translation>{file}, row {row}, column {column}: {problem}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="101" />
      <source>the cell holds a formula whose result was never saved; open the file in Excel or LibreOffice, save it, and import it again.</source>
      <translation>the cell holds a formula whose result was never saved; open the file in Excel or LibreOffice, save it, and import it again.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/attendee_import/preview.py" line="135" />
      <source> (and %n more problem(s))</source>
      <translation>
        <numerusform> (and %n more problem)</numerusform>
        <numerusform> (and %n more problems)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/preview.py" line="158" />
      <source>{file}: columns {columns} are all mapped to {field}.</source>
      <translation>{file}: columns {columns} are all mapped to {field}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/preview.py" line="166" />
      <source>{file}: no column holds the names; map one to {full} or to {given}.</source>
      <translation>{file}: no column holds the names; map one to {full} or to {given}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/attendee_import/preview.py" line="284" />
      <source>the row has %n cell(s) but the header has {m}; is a separator inside a value that is not in quotes?</source>
      <translation>
        <numerusform>the row has %n cell but the header has {m}; is a separator inside a value that is not in quotes?</numerusform>
        <numerusform>the row has %n cells but the header has {m}; is a separator inside a value that is not in quotes?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/preview.py" line="305" />
      <source>the value runs over several lines; is a quote left open?</source>
      <translation>the value runs over several lines; is a quote left open?</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/preview.py" line="324" />
      <source>the row has no name.</source>
      <translation>the row has no name.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/applying.py" line="117" />
      <source>{file}: the directory or the attendees changed since the preview was made; look at the preview again.</source>
      <translation>{file}: the directory or the attendees changed since the preview was made; look at the preview again.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/applying.py" line="198" />
      <source>The import was cancelled; nothing was imported.</source>
      <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/base.py" line="31" />
      <source>The session of “{title}” has ended.</source>
      <translation>The session of “{title}” has ended.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/base.py" line="34" />
      <source>The session of “{title}” has not started.</source>
      <translation>The session of “{title}” has not started.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/session.py" line="273" />
      <source>The session of “{title}” has ended; reopen it to go on.</source>
      <translation>The session of “{title}” has ended; reopen it to go on.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/session.py" line="307" />
      <source>There is no next agenda item.</source>
      <translation>There is no next agenda item.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/session.py" line="336" />
      <source>There is no previous agenda item.</source>
      <translation>There is no previous agenda item.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/session.py" line="373" />
      <source>The session of “{title}” is not ended.</source>
      <translation>The session of “{title}” is not ended.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/session.py" line="405" />
      <source>The session of “{title}” was not undone back to ended: things were recorded since it was reopened. End it again instead.</source>
      <translation>The session of “{title}” was not undone back to ended: things were recorded since it was reopened. End it again instead.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="297" />
      <source>This idea is no longer on the board.</source>
      <translation>This idea is no longer on the board.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="312" />
      <source>“{key}” names no idea or cluster.</source>
      <translation>“{key}” names no idea or cluster.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="320" />
      <source>idea</source>
      <translation>idea</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="326" />
      <source>This note is no longer an idea.</source>
      <translation>This note is no longer an idea.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="347" />
      <source>A cluster is not an idea.</source>
      <translation>A cluster is not an idea.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="349" />
      <source>The idea is not from this workshop.</source>
      <translation>The idea is not from this workshop.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="356" />
      <source>The cluster is not from this workshop.</source>
      <translation>The cluster is not from this workshop.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="361" />
      <location filename="../../facilitator/services/ideas/taking.py" line="146" />
      <source>cluster</source>
      <translation>cluster</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="388" />
      <location filename="../../facilitator/services/live/notes.py" line="148" />
      <location filename="../../facilitator/services/proposals/wording.py" line="45" />
      <source>The agenda item “{title}” is not on this agenda.</source>
      <translation>The agenda item “{title}” is not on this agenda.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="481" />
      <source>The idea was changed elsewhere since; it now reads “{text}”.</source>
      <translation>The idea was changed elsewhere since; it now reads “{text}”.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="544" />
      <source>There is already a cluster “{name}”.</source>
      <translation>There is already a cluster “{name}”.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="581" />
      <source>This cluster is no longer on the board.</source>
      <translation>This cluster is no longer on the board.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="602" />
      <source>The cluster was renamed elsewhere since; it is now “{name}”.</source>
      <translation>The cluster was renamed elsewhere since; it is now “{name}”.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="630" />
      <location filename="../../facilitator/services/ideas/board.py" line="653" />
      <location filename="../../facilitator/services/ideas/taking.py" line="111" />
      <location filename="../../facilitator/services/ideas/taking.py" line="134" />
      <source>The idea was moved elsewhere since; nothing was moved.</source>
      <translation>The idea was moved elsewhere since; nothing was moved.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="726" />
      <location filename="../../facilitator/services/ideas/board.py" line="322" />
      <location filename="../../facilitator/services/live/notes.py" line="244" />
      <location filename="../../facilitator/services/proposals/wording.py" line="76" />
      <location filename="../../facilitator/services/proposals/wording.py" line="109" />
      <source>note</source>
      <translation>note</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/notes.py" line="385" />
      <source>That note no longer exists.</source>
      <translation>That note no longer exists.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/notes.py" line="400" />
      <source>That note is already there.</source>
      <translation>That note is already there.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="475" />
      <source>A speaking time limit must be a whole number of seconds from 1 to {n}.</source>
      <translation>A speaking time limit must be a whole number of seconds from 1 to {n}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/speakers.py" line="209" />
      <location filename="../../facilitator/services/proposals/rounds.py" line="181" />
      <source>{name} is not checked in as present.</source>
      <translation>{name} is not checked in as present.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/speakers.py" line="223" />
      <source>{name} is already waiting for the floor.</source>
      <translation>{name} is already waiting for the floor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/speakers.py" line="266" />
      <source>Nobody is waiting for the floor.</source>
      <translation>Nobody is waiting for the floor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/speakers.py" line="293" />
      <source>speaker turn</source>
      <translation>speaker turn</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/speakers.py" line="295" />
      <source>This turn has already started; end it instead.</source>
      <translation>This turn has already started; end it instead.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/template.py" line="136" />
      <source>The logo {file} cannot be read as a PNG or JPEG image.</source>
      <translation>The logo {file} cannot be read as a PNG or JPEG image.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/template.py" line="141" />
      <source>The logo {file} has no size.</source>
      <translation>The logo {file} has no size.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/template.py" line="639" />
      <source>The document could not be laid out: one of its texts is too long to fit on a page. Shorten the longest text (a goal, a statement, a note) and export again.</source>
      <translation>The document could not be laid out: one of its texts is too long to fit on a page. Shorten the longest text (a goal, a statement, a note) and export again.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/safe_write.py" line="35" />
      <source>Cannot write in {folder}: {reason}</source>
      <translation>Cannot write in {folder}: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/safe_write.py" line="46" />
      <source>Cannot write {file}: {reason}</source>
      <translation>Cannot write {file}: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="106" />
      <source>“{value}” is not a position of this method ({values}).</source>
      <translation>“{value}” is not a position of this method ({values}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="481" />
      <source>A count must be a whole number from 0 to {n}.</source>
      <translation>A count must be a whole number from 0 to {n}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="485" />
      <source>A quorum must be a whole number from 0 to {n}.</source>
      <translation>A quorum must be a whole number from 0 to {n}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/document_data.py" line="554" />
      <source>“{title}” has not been held yet: its minutes come after its session. Its agenda handout can be made now.</source>
      <translation>“{title}” has not been held yet: its minutes come after its session. Its agenda handout can be made now.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/document_data.py" line="658" />
      <source>The workshop “{title}” is not part of a series, so it has no roadmap.</source>
      <translation>The workshop “{title}” is not part of a series, so it has no roadmap.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/taking.py" line="58" />
      <source>This cannot be brought back with its dots: its voters have put their dots elsewhere since, and each has {budget}.</source>
      <translation>This cannot be brought back with its dots: its voters have put their dots elsewhere since, and each has {budget}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/taking.py" line="147" />
      <location filename="../../facilitator/services/proposals/reading.py" line="42" />
      <location filename="../../facilitator/services/proposals/reading.py" line="44" />
      <source>proposal</source>
      <translation>proposal</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/anyone.py" line="285" />
      <location filename="../../facilitator/services/proposals/reading.py" line="57" />
      <source>round</source>
      <translation>round</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/wording.py" line="79" />
      <source>The note is not from this workshop.</source>
      <translation>The note is not from this workshop.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/outcomes.py" line="145" />
      <location filename="../../facilitator/services/proposals/reading.py" line="168" />
      <source>A round is open on “{title}”; close it first.</source>
      <translation>A round is open on “{title}”; close it first.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/wording.py" line="131" />
      <source>The new wording is the same as the current one.</source>
      <translation>The new wording is the same as the current one.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/wording.py" line="151" />
      <source>“{title}” was amended again since; undoing would remove the newer wording, so nothing was changed.</source>
      <translation>“{title}” was amended again since; undoing would remove the newer wording, so nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/wording.py" line="159" />
      <source>“{title}” has no amendment to take back.</source>
      <translation>“{title}” has no amendment to take back.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/wording.py" line="166" />
      <source>A round was held on the amended wording of “{title}”; it stays.</source>
      <translation>A round was held on the amended wording of “{title}”; it stays.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/wording.py" line="258" />
      <source>Rounds were held on “{title}” since; undoing would delete them with their positions, so nothing was changed.</source>
      <translation>Rounds were held on “{title}” since; undoing would delete them with their positions, so nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/wording.py" line="268" />
      <source>“{title}” was amended since; undoing would delete the newer wording, so nothing was changed.</source>
      <translation>“{title}” was amended since; undoing would delete the newer wording, so nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/outcomes.py" line="89" />
      <source>A round is open on “{title}”; close or cancel it first.</source>
      <translation>A round is open on “{title}”; close or cancel it first.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/wording.py" line="237" />
      <source>“{title}” is decision {label} of the register; change its outcome instead.</source>
      <translation>“{title}” is decision {label} of the register; change its outcome instead.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="108" />
      <source>“{title}” is already decided; clear its outcome to test it again.</source>
      <translation>“{title}” is already decided; clear its outcome to test it again.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="123" />
      <source>Only a majority vote has a quorum and a threshold.</source>
      <translation>Only a majority vote has a quorum and a threshold.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="163" />
      <location filename="../../facilitator/services/room/ballots.py" line="56" />
      <location filename="../../facilitator/services/room/dots.py" line="59" />
      <source>This round is closed; open a new round.</source>
      <translation>This round is closed; open a new round.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/anyone.py" line="127" />
      <source>Nobody attending this workshop represents {name}.</source>
      <translation>Nobody attending this workshop represents {name}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/anyone.py" line="137" />
      <source>Several attendees may speak for {name} ({people}): check in who is here, then record its position.</source>
      <translation>Several attendees may speak for {name} ({people}): check in who is here, then record its position.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/anyone.py" line="172" />
      <location filename="../../facilitator/services/proposals/anyone.py" line="290" />
      <location filename="../../facilitator/services/proposals/rounds.py" line="171" />
      <source>This round records counts, not positions.</source>
      <translation>This round records counts, not positions.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/anyone.py" line="196" />
      <source>This position was changed since; undoing or redoing would overwrite it, so nothing was changed.</source>
      <translation>This position was changed since; undoing or redoing would overwrite it, so nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/anyone.py" line="311" />
      <source>This round takes one voice per institution, and you represent none at this workshop.</source>
      <translation>This round takes one voice per institution, and you represent none at this workshop.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="185" />
      <source>Nobody present represents {name}; one voice per institution present.</source>
      <translation>Nobody present represents {name}; one voice per institution present.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="244" />
      <source>This round records positions by name, not counts.</source>
      <translation>This round records positions by name, not counts.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="249" />
      <source>Counts must be given per value.</source>
      <translation>Counts must be given per value.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="262" />
      <source>The counts changed while you typed (votes from phones); look at them again and save.</source>
      <translation>The counts changed while you typed (votes from phones); look at them again and save.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="333" />
      <source>“{title}” is decided; its rounds are kept.</source>
      <translation>“{title}” is decided; its rounds are kept.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="339" />
      <source>Round {number} is closed; its result is kept.</source>
      <translation>Round {number} is closed; its result is kept.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="345" />
      <source>Positions were recorded in round {number}; close it instead of cancelling.</source>
      <translation>Positions were recorded in round {number}; close it instead of cancelling.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/outcomes.py" line="156" />
      <source>No round was held: give the reason for this outcome.</source>
      <translation>No round was held: give the reason for this outcome.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/outcomes.py" line="160" />
      <source>The rule proposed another outcome: give the reason for overriding it.</source>
      <translation>The rule proposed another outcome: give the reason for overriding it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/outcomes.py" line="187" />
      <source>No round has been closed on “{title}” yet.</source>
      <translation>No round has been closed on “{title}” yet.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/exports.py" line="50" />
      <source>“{value}” is not a document Facilitator makes.</source>
      <translation>“{value}” is not a document Facilitator makes.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/exports.py" line="60" />
      <source>{file}: the file name must end in .pdf or .docx.</source>
      <translation>{file}: the file name must end in .pdf or .docx.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/badges.py" line="74" />
      <source>The room's address has no host.</source>
      <translation>The room's address has no host.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/badges.py" line="77" />
      <source>{port} is not a port number (1–65535).</source>
      <translation>{port} is not a port number (1–65535).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/badges.py" line="122" />
      <location filename="../../facilitator/documents/exports.py" line="65" />
      <source>{file}: the file name must end in {suffix}.</source>
      <translation>{file}: the file name must end in {suffix}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/badges.py" line="129" />
      <location filename="../../facilitator/documents/exports.py" line="72" />
      <source>The folder {folder} does not exist.</source>
      <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/badges.py" line="147" />
      <source>The room's address must start with http://.</source>
      <translation>The room's address must start with http://.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/badges.py" line="152" />
      <source>Nobody is expected at “{title}”, so there are no badges to print: add the attendees first (those who declined or were absent get none).</source>
      <translation>Nobody is expected at “{title}”, so there are no badges to print: add the attendees first (those who declined or were absent get none).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/exports.py" line="160" />
      <source>An agenda-only draft has no version: leave out --version.</source>
      <translation>An agenda-only draft has no version: leave out --version.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/personal_data.py" line="321" />
      <source>The old details are still in the database file because another program is reading it. Close that program (or the other Facilitator) and try again.</source>
      <translation>The old details are still in the database file because another program is reading it. Close that program (or the other Facilitator) and try again.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/personal_data.py" line="380" />
      <source>{name} is already anonymised.</source>
      <translation>{name} is already anonymised.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/personal_data.py" line="385" />
      <source>{name} is already anonymised; no old details are left in the file.</source>
      <translation>{name} is already anonymised; no old details are left in the file.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/personal_data.py" line="423" />
      <source>{name} is anonymised, but the old details are still in the database file because another program is reading it. Close that program (or the other Facilitator) and try again.</source>
      <translation>{name} is anonymised, but the old details are still in the database file because another program is reading it. Close that program (or the other Facilitator) and try again.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/personal_data.py" line="462" />
      <source>The number of years must be between 1 and 100.</source>
      <translation>The number of years must be between 1 and 100.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="237" />
      <location filename="../../facilitator/services/bundles/reading.py" line="259" />
      <location filename="../../facilitator/services/bundles/reading.py" line="268" />
      <location filename="../../facilitator/services/bundles/schema.py" line="130" />
      <source>The bundle is damaged: {where} has a wrong value for {field}.</source>
      <translation>The bundle is damaged: {where} has a wrong value for {field}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="194" />
      <location filename="../../facilitator/services/bundles/schema.py" line="198" />
      <source>it ends before it starts</source>
      <translation>it ends before it starts</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="195" />
      <source>its number is below 1</source>
      <translation>its number is below 1</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="196" />
      <source>its planned minutes are negative</source>
      <translation>its planned minutes are negative</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="197" />
      <source>its time limit is not above zero</source>
      <translation>its time limit is not above zero</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="199" />
      <source>its quorum is negative</source>
      <translation>its quorum is negative</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="200" />
      <source>it has neither a person nor an organization</source>
      <translation>it has neither a person nor an organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="201" />
      <source>its count is negative</source>
      <translation>its count is negative</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="202" />
      <source>it is due before it starts</source>
      <translation>it is due before it starts</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="203" />
      <source>it has a quantity without a unit or the reverse</source>
      <translation>it has a quantity without a unit or the reverse</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="204" />
      <source>its quantity is negative</source>
      <translation>its quantity is negative</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="205" />
      <source>its content does not match its SHA-256 (the record was altered)</source>
      <translation>its content does not match its SHA-256 (the record was altered)</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="208" />
      <source>its voters have no dots</source>
      <translation>its voters have no dots</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="209" />
      <source>it is closed before it was opened</source>
      <translation>it is closed before it was opened</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="210" />
      <source>it puts no dots</source>
      <translation>it puts no dots</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="211" />
      <source>it is not on exactly one idea or cluster</source>
      <translation>it is not on exactly one idea or cluster</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="274" />
      <source>it claims to have been written in the future ({when}); is the clock of the computer that wrote it wrong?</source>
      <translation>it claims to have been written in the future ({when}); is the clock of the computer that wrote it wrong?</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="310" />
      <source>The bundle is damaged: {where} breaks a rule ({rule}).</source>
      <translation>The bundle is damaged: {where} breaks a rule ({rule}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/export.py" line="135" />
      <source>The workshop cannot be exported: {where}, {field}: {problem} Correct it, then export again.</source>
      <translation>The workshop cannot be exported: {where}, {field}: {problem} Correct it, then export again.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/export.py" line="178" />
      <source>Cannot write {path}: {reason}</source>
      <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="50" />
      <location filename="../../facilitator/services/bundles/reading.py" line="66" />
      <source>The bundle {name} is too large to be imported safely.</source>
      <translation>The bundle {name} is too large to be imported safely.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="54" />
      <source>The bundle {name} is compressed suspiciously well (a zip bomb?); not imported.</source>
      <translation>The bundle {name} is compressed suspiciously well (a zip bomb?); not imported.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="75" />
      <source>There is no bundle at {path}.</source>
      <translation>There is no bundle at {path}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="77" />
      <source>{name} is not a Facilitator bundle, or it is damaged or incomplete.</source>
      <translation>{name} is not a Facilitator bundle, or it is damaged or incomplete.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="95" />
      <source>The bundle {name} holds an unsafe file name ({entry}); not imported.</source>
      <translation>The bundle {name} holds an unsafe file name ({entry}); not imported.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="106" />
      <source>The bundle {name} is encrypted; Facilitator writes and reads bundles without encryption. Not imported.</source>
      <translation>The bundle {name} is encrypted; Facilitator writes and reads bundles without encryption. Not imported.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="115" />
      <source>The bundle {name} is compressed with a method Facilitator does not read (only deflate); not imported.</source>
      <translation>The bundle {name} is compressed with a method Facilitator does not read (only deflate); not imported.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="150" />
      <source>{name} is a bundle of format version {version}, which this version of Facilitator does not know; update Facilitator to import it.</source>
      <translation>{name} is a bundle of format version {version}, which this version of Facilitator does not know; update Facilitator to import it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="161" />
      <source>The bundle {name} is damaged: its checksum does not match.</source>
      <translation>The bundle {name} is damaged: its checksum does not match.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="183" />
      <location filename="../../facilitator/services/bundles/reading.py" line="188" />
      <location filename="../../facilitator/services/bundles/reading.py" line="214" />
      <source>The bundle {name} is damaged: its data cannot be read.</source>
      <translation>The bundle {name} is damaged: its data cannot be read.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="193" />
      <source>The bundle {name} holds an unknown kind of record ({what}).</source>
      <translation>The bundle {name} holds an unknown kind of record ({what}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="224" />
      <source>The bundle is damaged: {where} does not have the expected fields.</source>
      <translation>The bundle is damaged: {where} does not have the expected fields.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="245" />
      <source>The bundle holds the UUID {uuid} twice ({first} and {second}).</source>
      <translation>The bundle holds the UUID {uuid} twice ({first} and {second}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="28" />
      <location filename="../../facilitator/services/bundles/reading.py" line="282" />
      <location filename="../../facilitator/services/bundles/reading.py" line="360" />
      <source>The bundle is damaged: {where}, {field}: {problem}</source>
      <translation>The bundle is damaged: {where}, {field}: {problem}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="63" />
      <source>its cluster is on another workshop's board</source>
      <translation>its cluster is on another workshop's board</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="70" />
      <location filename="../../facilitator/services/bundles/board_rules.py" line="101" />
      <source>its agenda item is on another workshop's agenda</source>
      <translation>its agenda item is on another workshop's agenda</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="77" />
      <location filename="../../facilitator/services/bundles/board_rules.py" line="246" />
      <source>its note is from another workshop</source>
      <translation>its note is from another workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="83" />
      <source>{other} is already the card of this note</source>
      <translation>{other} is already the card of this note</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="108" />
      <source>{other} of the same workshop has this number</source>
      <translation>{other} of the same workshop has this number</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="118" />
      <source>{other} of the same workshop is open too; one is open at a time</source>
      <translation>{other} of the same workshop is open too; one is open at a time</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="127" />
      <source>its round records each person's dots, but it names no person</source>
      <translation>its round records each person's dots, but it names no person</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="134" />
      <source>its round records each institution's dots, so it names an institution only</source>
      <translation>its round records each institution's dots, so it names an institution only</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="141" />
      <source>its round records counts, so it names no voter</source>
      <translation>its round records counts, so it names no voter</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="155" />
      <source>its round puts dots on clusters, not on ideas</source>
      <translation>its round puts dots on clusters, not on ideas</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="159" />
      <source>its round puts dots on ideas, not on clusters</source>
      <translation>its round puts dots on ideas, not on clusters</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="162" />
      <source>it is on a card of another workshop's board</source>
      <translation>it is on a card of another workshop's board</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="177" />
      <source>its voter puts {used} dots in {round}, more than the {budget} each has</source>
      <translation>its voter puts {used} dots in {round}, more than the {budget} each has</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="216" />
      <source>Not imported: the workshop “{title}” already has another dot round number {number} here (recorded on two computers?).</source>
      <translation>Not imported: the workshop “{title}” already has another dot round number {number} here (recorded on two computers?).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="234" />
      <source>another card in this database is made of this note</source>
      <translation>another card in this database is made of this note</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="271" />
      <source>Not imported: the workshop “{title}” would have dot rounds {first} and {second} open at once; close one of them here, then import again.</source>
      <translation>Not imported: the workshop “{title}” would have dot rounds {first} and {second} open at once; close one of them here, then import again.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="304" />
      <source>Not imported: in dot round {number} of “{title}”, {voter} would have put {used} dots with the ones recorded here, more than the {budget} each has.</source>
      <translation>Not imported: in dot round {number} of “{title}”, {voter} would have put {used} dots with the ones recorded here, more than the {budget} each has.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="300" />
      <source>The bundle is incomplete: {where} refers to a missing {target} ({uuid}).</source>
      <translation>The bundle is incomplete: {where} refers to a missing {target} ({uuid}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="318" />
      <source>The bundle {name} is damaged: it names no workshop it holds.</source>
      <translation>The bundle {name} is damaged: it names no workshop it holds.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="324" />
      <source>The bundle {name} is damaged: its manifest names the workshop “{title}”, but the workshop it holds is called “{actual}”.</source>
      <translation>The bundle {name} is damaged: its manifest names the workshop “{title}”, but the workshop it holds is called “{actual}”.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="341" />
      <source>The bundle {name} is damaged: the numbers of rows its manifest gives do not match its data.</source>
      <translation>The bundle {name} is damaged: the numbers of rows its manifest gives do not match its data.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/importing.py" line="96" />
      <location filename="../../facilitator/services/bundles/importing.py" line="240" />
      <source>A conflict can only be resolved as mine or theirs.</source>
      <translation>A conflict can only be resolved as mine or theirs.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/bundles/importing.py" line="244" />
      <source>%n row(s) differ between this database and the bundle and no choice was made for them ({rows}); choose mine or theirs for each. Nothing was imported.</source>
      <translation>
        <numerusform>%n row differs between this database and the bundle and no choice was made for it ({rows}); choose mine or theirs. Nothing was imported.</numerusform>
        <numerusform>%n rows differ between this database and the bundle and no choice was made for them ({rows}); choose mine or theirs for each. Nothing was imported.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/importing.py" line="267" />
      <source>The database changed since the preview; look at the preview again.</source>
      <translation>The database changed since the preview; look at the preview again.</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="118" />
      <source>{path} is not a regular file (a device, pipe or socket), so not a database</source>
      <translation>{path} is not a regular file (a device, pipe or socket), so not a database</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="152" />
      <source>{path} was left in the middle of a change (a -journal file is beside it) and cannot be recovered in a read-only place; copy both files to a folder you can write to</source>
      <translation>{path} was left in the middle of a change (a -journal file is beside it) and cannot be recovered in a read-only place; copy both files to a folder you can write to</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="168" />
      <source>cannot keep a copy of {path} before recovering it: {reason}</source>
      <translation>cannot keep a copy of {path} before recovering it: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="183" />
      <source>{path} is being changed by another program (its -journal is in use); close that program and try again</source>
      <translation>{path} is being changed by another program (its -journal is in use); close that program and try again</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="203" />
      <source>{path} is not a Facilitator database (it belongs to another application)</source>
      <translation>{path} is not a Facilitator database (it belongs to another application)</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="209" />
      <source>{path} is not a Facilitator database (it holds other tables)</source>
      <translation>{path} is not a Facilitator database (it holds other tables)</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="216" />
      <source>{path} is not a Facilitator database (it names no schema revision)</source>
      <translation>{path} is not a Facilitator database (it names no schema revision)</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="228" />
      <source>{path} was written by a newer version of Facilitator (schema {revision}); update Facilitator to open it</source>
      <translation>{path} was written by a newer version of Facilitator (schema {revision}); update Facilitator to open it</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="235" />
      <source>{path} is not a Facilitator database (unknown schema {revision})</source>
      <translation>{path} is not a Facilitator database (unknown schema {revision})</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="253" />
      <source>{path} is a folder, not a database file</source>
      <translation>{path} is a folder, not a database file</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="258" />
      <source>{path} is a link to a file that does not exist</source>
      <translation>{path} is a link to a file that does not exist</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="276" />
      <source>{path} is damaged: it is empty or no longer starts as a database</source>
      <translation>{path} is damaged: it is empty or no longer starts as a database</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="281" />
      <source>{path} is read-only</source>
      <translation>{path} is read-only</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/backups.py" line="234" />
      <source>{path} does not exist or is not a file</source>
      <translation>{path} does not exist or is not a file</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="286" />
      <source>{path} is not a Facilitator database (not an SQLite file)</source>
      <translation>{path} is not a Facilitator database (not an SQLite file)</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="308" />
      <source>{path} is damaged (integrity check: {reason})</source>
      <translation>{path} is damaged (integrity check: {reason})</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="316" />
      <source>{path} is damaged or not a database ({reason})</source>
      <translation>{path} is damaged or not a database ({reason})</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/backups.py" line="244" />
      <source>{path} is not a Facilitator database (it is empty)</source>
      <translation>{path} is not a Facilitator database (it is empty)</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/backups.py" line="305" />
      <source>{path} is the database itself; choose a backup file</source>
      <translation>{path} is the database itself; choose a backup file</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/backups.py" line="312" />
      <source>cannot restore from {path}: {reason}</source>
      <translation>cannot restore from {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/backups.py" line="330" />
      <source>cannot restore {path} from {source}: {reason}</source>
      <translation>cannot restore {path} from {source}: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/backups.py" line="350" />
      <source>cannot restore into {folder}: it is not writable</source>
      <translation>cannot restore into {folder}: it is not writable</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/backups.py" line="357" />
      <source>{path} is read-only; nothing was restored</source>
      <translation>{path} is read-only; nothing was restored</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/backups.py" line="365" />
      <source>{reason}; nothing was restored</source>
      <translation>{reason}; nothing was restored</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/email_drafts.py" line="198" />
      <source>These e-mail addresses cannot be used, so no draft was written: {names}</source>
      <translation>These e-mail addresses cannot be used, so no draft was written: {names}</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/lock.py" line="138" />
      <source>the lock file {path} is a link to another file; remove the link and try again</source>
      <translation>the lock file {path} is a link to another file; remove the link and try again</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/lock.py" line="148" />
      <source>the lock file {path} is not a plain file of its own; remove it and try again</source>
      <translation>the lock file {path} is not a plain file of its own; remove it and try again</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/lock.py" line="213" />
      <source>cannot take the lock of {path}: {reason}; free some space on the disk and try again</source>
      <translation>cannot take the lock of {path}: {reason}; free some space on the disk and try again</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/rehearsal.py" line="60" />
      <source>“{title}” is being rehearsed in another Facilitator window; close it there first.</source>
      <translation>“{title}” is being rehearsed in another Facilitator window; close it there first.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/rehearsal.py" line="112" />
      <source>“{title}” is in session: a rehearsal is for before the session.</source>
      <translation>“{title}” is in session: a rehearsal is for before the session.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/rehearsal.py" line="118" />
      <source>The session of “{title}” has been held: there is nothing to rehearse.</source>
      <translation>The session of “{title}” has been held: there is nothing to rehearse.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/minutes_record.py" line="114" />
      <source>Version {number} of these minutes cannot be read: its stored content is damaged or was written by another version of Facilitator.</source>
      <translation>Version {number} of these minutes cannot be read: its stored content is damaged or was written by another version of Facilitator.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/minutes_record.py" line="132" />
      <source>These minutes have no version {number}.</source>
      <translation>These minutes have no version {number}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/minutes_record.py" line="173" />
      <source>These minutes have not been finalised yet: export the draft, or finalise them first.</source>
      <translation>These minutes have not been finalised yet: export the draft, or finalise them first.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/minutes_record.py" line="271" />
      <source>“{title}” is still in session: its minutes are numbered and finalised once the session has ended.</source>
      <translation>“{title}” is still in session: its minutes are numbered and finalised once the session has ended.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/minutes_record.py" line="330" />
      <source>This workshop has been held: its minutes are made from what was recorded, not from its agenda alone.</source>
      <translation>This workshop has been held: its minutes are made from what was recorded, not from its agenda alone.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendance.py" line="58" />
      <source>The attendance sheet has no column “{column}”; it has: {columns}.</source>
      <translation>The attendance sheet has no column “{column}”; it has: {columns}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/series.py" line="134" />
      <source>“{title}” cannot be deleted: it has %n workshop(s). Delete or move them first.</source>
      <translation>
        <numerusform>“{title}” cannot be deleted: it has %n workshop. Delete or move it first.</numerusform>
        <numerusform>“{title}” cannot be deleted: it has %n workshops. Delete or move them first.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="69" />
      <location filename="../../facilitator/services/ideas/dots.py" line="76" />
      <source>dot round</source>
      <translation>dot round</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="79" />
      <source>This dot round is closed; open a new one.</source>
      <translation>This dot round is closed; open a new one.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="119" />
      <location filename="../../facilitator/services/ideas/dots.py" line="179" />
      <source>A dot round is already open; close it first.</source>
      <translation>A dot round is already open; close it first.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="124" />
      <source>There are no clusters to put dots on yet.</source>
      <translation>There are no clusters to put dots on yet.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="156" />
      <source>Another dot round is open; this one stays closed.</source>
      <translation>Another dot round is open; this one stays closed.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="208" />
      <source>This round puts dots on clusters.</source>
      <translation>This round puts dots on clusters.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="211" />
      <source>This round puts dots on ideas.</source>
      <translation>This round puts dots on ideas.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="229" />
      <location filename="../../facilitator/services/ideas/dots.py" line="355" />
      <source>This round records counts, not dots by voter.</source>
      <translation>This round records counts, not dots by voter.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="254" />
      <source>This person is not checked in as present.</source>
      <translation>This person is not checked in as present.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="243" />
      <source>Nobody present represents this institution; it has no dots.</source>
      <translation>Nobody present represents this institution; it has no dots.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="323" />
      <source>No dots left: each voter has {budget} and has put {used}.</source>
      <translation>No dots left: each voter has {budget} and has put {used}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="370" />
      <source>These dots were already taken back elsewhere.</source>
      <translation>These dots were already taken back elsewhere.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="390" />
      <source>This round records each voter's dots, not counts.</source>
      <translation>This round records each voter's dots, not counts.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="402" />
      <source>The count was changed elsewhere since; it is now {n}.</source>
      <translation>The count was changed elsewhere since; it is now {n}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/promotion.py" line="48" />
      <source>This has already become a proposal.</source>
      <translation>This has already become a proposal.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/promotion.py" line="72" />
      <source>This has already become a commitment.</source>
      <translation>This has already become a commitment.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/snapshots.py" line="32" />
      <source>This can no longer be brought back: what was recorded since has taken its place.</source>
      <translation>This can no longer be brought back: what was recorded since has taken its place.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/ballots.py" line="54" />
      <location filename="../../facilitator/services/room/ballots.py" line="84" />
      <location filename="../../facilitator/services/room/dots.py" line="57" />
      <source>This round is not open in this room.</source>
      <translation>This round is not open in this room.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/ballots.py" line="75" />
      <location filename="../../facilitator/services/room/dots.py" line="39" />
      <source>You carry nobody else's voice.</source>
      <translation>You carry nobody else's voice.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/ballots.py" line="103" />
      <source>This voice has already taken part in this anonymous round; it cannot be changed.</source>
      <translation>This voice has already taken part in this anonymous round; it cannot be changed.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/box.py" line="103" />
      <source>The idea box is closed.</source>
      <translation>The idea box is closed.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/box.py" line="112" />
      <source>Too many ideas are waiting; try later.</source>
      <translation>Too many ideas are waiting; try later.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/box.py" line="142" />
      <source>This idea is no longer waiting.</source>
      <translation>This idea is no longer waiting.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/box.py" line="144" />
      <source>This idea was already dealt with.</source>
      <translation>This idea was already dealt with.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/tokens.py" line="134" />
      <location filename="../../facilitator/services/room/tokens.py" line="180" />
      <location filename="../../facilitator/services/room/tokens.py" line="197" />
      <source>This person does not attend the workshop.</source>
      <translation>This person does not attend the workshop.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/tokens.py" line="187" />
      <source>Nobody carries their own voice twice.</source>
      <translation>Nobody carries their own voice twice.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/tokens.py" line="211" />
      <source>{name} already carries this voice.</source>
      <translation>{name} already carries this voice.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/dots.py" line="62" />
      <source>The moderator counts the dots of this round.</source>
      <translation>The moderator counts the dots of this round.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/dots.py" line="103" />
      <source>A dot is given or taken one at a time.</source>
      <translation>A dot is given or taken one at a time.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/dots.py" line="112" />
      <source>This round gives dots per institution, and the voice you carry represents none at this workshop.</source>
      <translation>This round gives dots per institution, and the voice you carry represents none at this workshop.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/dots.py" line="118" />
      <source>This round gives dots per institution, and you represent none at this workshop.</source>
      <translation>This round gives dots per institution, and you represent none at this workshop.</translation>
    </message>
    <message>
      <location filename="../../facilitator/errors.py" line="78" />
      <source>Changed by another user since you opened it. Your change was not saved.</source>
      <translation>Changed by another user since you opened it. Your change was not saved.</translation>
    </message>
    <message>
      <location filename="../../facilitator/errors.py" line="83" />
      <source>Changed by another user since you opened it: {field} is now empty. Your change was not saved.</source>
      <translation>Changed by another user since you opened it: {field} is now empty. Your change was not saved.</translation>
    </message>
    <message>
      <location filename="../../facilitator/errors.py" line="88" />
      <source>Changed by another user since you opened it: {field} is now “{value}”. Your change was not saved.</source>
      <translation>Changed by another user since you opened it: {field} is now “{value}”. Your change was not saved.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/lease.py" line="227" />
      <source>{label} took over this workshop's live screen at {time}; this screen no longer holds it. Close it and leave the session to them.</source>
      <translation>{label} took over this workshop's live screen at {time}; this screen no longer holds it. Close it and leave the session to them.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/lease.py" line="272" />
      <source>{label} has had this workshop's live screen open since {time}.</source>
      <translation>{label} has had this workshop's live screen open since {time}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/lease.py" line="281" />
      <source>This workshop's live screen, opened by {label} at {started}, looks abandoned since {time}.</source>
      <translation>This workshop's live screen, opened by {label} at {started}, looks abandoned since {time}.</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="77" />
      <source>PDF document (*.pdf)</source>
      <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="87" />
      <source>Word document (*.docx)</source>
      <translation>Word document (*.docx)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="197" />
      <source>Notes are listed without the speakers' names.</source>
      <translation>Notes are listed without the speakers' names.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="199" />
      <source>Portrait</source>
      <translation>Portrait</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="200" />
      <source>Landscape</source>
      <translation>Landscape</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="201" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="203" />
      <source>&amp;Orientation</source>
      <translation>&amp;Orientation</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="196" />
      <source>&amp;No attribution (the Chatham House rule)</source>
      <translation>&amp;No attribution (the Chatham House rule)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="241" />
      <source>&amp;Save the PDF…</source>
      <translation>&amp;Save the PDF…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="258" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="310" />
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="311" />
      <source>Roadmap</source>
      <translation>Roadmap</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="312" />
      <source>Agenda handout</source>
      <translation>Agenda handout</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="313" />
      <source>Attendance sheet</source>
      <translation>Attendance sheet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="314" />
      <source>E-mail drafts</source>
      <translation>E-mail drafts</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="326" />
      <source>and %1 more</source>
      <translation>and %1 more</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="330" />
      <source>A draft will be written for %1.</source>
      <translation>A draft will be written for %1.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="334" />
      <source>Drafts will be written for %n attendee(s): %1</source>
      <translation>
        <numerusform>Drafts will be written for %n attendee: %1</numerusform>
        <numerusform>Drafts will be written for %n attendees: %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="404" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="567" />
      <source>Wrote %n e-mail draft(s) to %1</source>
      <translation>
        <numerusform>Wrote %n e-mail draft to %1</numerusform>
        <numerusform>Wrote %n e-mail drafts to %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="340" />
      <source>Left out, the e-mail address cannot be used: %1</source>
      <translation>Left out, the e-mail address cannot be used: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="383" />
      <source>Preparing the preview…</source>
      <translation>Preparing the preview…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="418" />
      <source>The preview could not be made because of an error in Facilitator.</source>
      <translation>The preview could not be made because of an error in Facilitator.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="490" />
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="527" />
      <source>Saved to %1</source>
      <translation>Saved to %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="521" />
      <source>Writing the Word document…</source>
      <translation>Writing the Word document…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="536" />
      <source>The Word document could not be written because of an error in Facilitator.</source>
      <translation>The Word document could not be written because of an error in Facilitator.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="544" />
      <source>Folder for the e-mail drafts</source>
      <translation>Folder for the e-mail drafts</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="328" />
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="542" />
      <source>No attendee of this workshop has an e-mail address.</source>
      <translation>No attendee of this workshop has an e-mail address.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="241" />
      <source>&amp;Write e-mail drafts…</source>
      <translation>&amp;Write e-mail drafts…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="246" />
      <source>Save as &amp;Word…</source>
      <translation>Save as &amp;Word…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="249" />
      <source>The same document as an editable Word file (.docx), for corrections</source>
      <translation>The same document as an editable Word file (.docx), for corrections</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="254" />
      <source>Open fold&amp;er</source>
      <translation>Open fold&amp;er</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <location filename="../../facilitator/services/directory.py" line="100" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="101" />
      <source>Short name</source>
      <translation>Short name</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="102" />
      <source>sector</source>
      <translation>sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="103" />
      <source>Other sector</source>
      <translation>Other sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="104" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="105" />
      <source>Website</source>
      <translation>Website</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="319" />
      <source>Contact consent</source>
      <translation>Contact consent</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="320" />
      <source>The consent date</source>
      <translation>The consent date</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="32" />
      <source>Full name</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="33" />
      <location filename="../../facilitator/services/directory.py" line="313" />
      <source>Honorific</source>
      <translation>Honorific</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="34" />
      <location filename="../../facilitator/services/directory.py" line="314" />
      <location filename="../../facilitator/services/live/checkin.py" line="196" />
      <source>Given name</source>
      <translation>Given name</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="35" />
      <location filename="../../facilitator/services/directory.py" line="315" />
      <location filename="../../facilitator/services/live/checkin.py" line="198" />
      <source>Family name</source>
      <translation>Family name</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="36" />
      <location filename="../../facilitator/services/attendees.py" line="283" />
      <location filename="../../facilitator/services/commitments.py" line="396" />
      <location filename="../../facilitator/services/directory.py" line="470" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="37" />
      <location filename="../../facilitator/services/directory.py" line="316" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="39" />
      <location filename="../../facilitator/services/directory.py" line="318" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="38" />
      <location filename="../../facilitator/services/directory.py" line="317" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="154" />
      <location filename="../../facilitator/services/agenda.py" line="262" />
      <location filename="../../facilitator/services/proposals/wording.py" line="32" />
      <location filename="../../facilitator/services/roadmap.py" line="72" />
      <location filename="../../facilitator/services/series.py" line="43" />
      <location filename="../../facilitator/services/series.py" line="88" />
      <location filename="../../facilitator/services/workshops.py" line="70" />
      <location filename="../../facilitator/services/workshops.py" line="365" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="263" />
      <source>kind of agenda item</source>
      <translation>kind of agenda item</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="341" />
      <source>actual start</source>
      <translation>actual start</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="342" />
      <source>actual end</source>
      <translation>actual end</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="343" />
      <source>notes, speaking turns, proposals, ideas or dot rounds</source>
      <translation>notes, speaking turns, proposals, ideas or dot rounds</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="344" />
      <source>agenda items</source>
      <translation>agenda items</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="155" />
      <location filename="../../facilitator/services/agenda.py" line="264" />
      <source>Goal</source>
      <translation>Goal</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="737" />
      <source>Template name</source>
      <translation>Template name</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/roadmap.py" line="73" />
      <source>Target date</source>
      <translation>Target date</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="160" />
      <location filename="../../facilitator/services/roadmap.py" line="74" />
      <location filename="../../facilitator/services/series.py" line="56" />
      <location filename="../../facilitator/services/series.py" line="90" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="177" />
      <location filename="../../facilitator/services/workshops.py" line="71" />
      <source>Guiding question</source>
      <translation>Guiding question</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="175" />
      <location filename="../../facilitator/services/workshops.py" line="72" />
      <source>Venue address</source>
      <translation>Venue address</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="176" />
      <location filename="../../facilitator/services/workshops.py" line="73" />
      <source>Objectives</source>
      <translation>Objectives</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="174" />
      <location filename="../../facilitator/services/workshops.py" line="74" />
      <source>Venue</source>
      <translation>Venue</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="172" />
      <location filename="../../facilitator/services/workshops.py" line="75" />
      <location filename="../../facilitator/services/workshops.py" line="346" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="173" />
      <location filename="../../facilitator/services/workshops.py" line="76" />
      <location filename="../../facilitator/services/workshops.py" line="352" />
      <location filename="../../facilitator/services/workshops.py" line="369" />
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="298" />
      <source>Today</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="397" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="398" />
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="399" />
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="164" />
      <location filename="../../facilitator/services/commitments.py" line="404" />
      <source>Quantity</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="165" />
      <location filename="../../facilitator/services/commitments.py" line="395" />
      <location filename="../../facilitator/services/commitments.py" line="412" />
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="166" />
      <location filename="../../facilitator/services/commitments.py" line="433" />
      <source>contribution type</source>
      <translation>contribution type</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="167" />
      <location filename="../../facilitator/services/commitments.py" line="441" />
      <source>unit</source>
      <translation>unit</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="162" />
      <location filename="../../facilitator/services/commitments.py" line="455" />
      <source>Start date</source>
      <translation>Start date</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="163" />
      <location filename="../../facilitator/services/commitments.py" line="456" />
      <source>Due date</source>
      <translation>Due date</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="161" />
      <location filename="../../facilitator/services/commitments.py" line="462" />
      <location filename="../../facilitator/services/roadmap.py" line="385" />
      <location filename="../../facilitator/services/workshops.py" line="77" />
      <source>status</source>
      <translation>status</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="108" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="108" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="156" />
      <source>kind</source>
      <translation>kind</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="157" />
      <source>text</source>
      <translation>text</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="158" />
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="159" />
      <source>Presenter</source>
      <translation>Presenter</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="168" />
      <location filename="../../facilitator/services/commitments.py" line="476" />
      <source>Reviewed</source>
      <translation>Reviewed</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="169" />
      <location filename="../../facilitator/services/attendees.py" line="166" />
      <location filename="../../facilitator/services/attendees.py" line="196" />
      <source>role</source>
      <translation>role</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="170" />
      <location filename="../../facilitator/services/attendees.py" line="168" />
      <location filename="../../facilitator/services/attendees.py" line="200" />
      <source>invitation</source>
      <translation>invitation</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="171" />
      <location filename="../../facilitator/services/attendees.py" line="171" />
      <location filename="../../facilitator/services/attendees.py" line="204" />
      <source>attendance</source>
      <translation>attendance</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="70" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="71" />
      <source>Invitation</source>
      <translation>Invitation</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="72" />
      <source>Attendance</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="93" />
      <source>Attendees</source>
      <translation>Attendees</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/notes.py" line="132" />
      <location filename="../../facilitator/services/live/notes.py" line="255" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/notes.py" line="135" />
      <location filename="../../facilitator/services/live/notes.py" line="256" />
      <source>kind of note</source>
      <translation>kind of note</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/notes.py" line="257" />
      <source>speaker</source>
      <translation>speaker</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/checkin.py" line="150" />
      <source>Present</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/wording.py" line="36" />
      <source>Proposal text</source>
      <translation>Proposal text</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="181" />
      <location filename="../../facilitator/services/proposals/wording.py" line="70" />
      <location filename="../../facilitator/services/proposals/wording.py" line="198" />
      <source>method</source>
      <translation>method</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="182" />
      <location filename="../../facilitator/services/ideas/dots.py" line="110" />
      <location filename="../../facilitator/services/proposals/anyone.py" line="83" />
      <location filename="../../facilitator/services/proposals/rounds.py" line="83" />
      <location filename="../../facilitator/services/proposals/wording.py" line="71" />
      <location filename="../../facilitator/services/proposals/wording.py" line="202" />
      <source>voice</source>
      <translation>voice</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="180" />
      <location filename="../../facilitator/services/proposals/wording.py" line="209" />
      <source>Review date</source>
      <translation>Review date</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="179" />
      <location filename="../../facilitator/services/proposals/reading.py" line="157" />
      <source>Outcome statement</source>
      <translation>Outcome statement</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="64" />
      <location filename="../../facilitator/services/ideas/taking.py" line="144" />
      <location filename="../../facilitator/services/room/box.py" line="99" />
      <source>Idea</source>
      <translation>Idea</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="68" />
      <location filename="../../facilitator/services/ideas/taking.py" line="145" />
      <source>Cluster name</source>
      <translation>Cluster name</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="437" />
      <location filename="../../facilitator/services/ideas/dots.py" line="65" />
      <location filename="../../facilitator/services/live/clock.py" line="64" />
      <location filename="../../facilitator/services/live/notes.py" line="161" />
      <location filename="../../facilitator/services/live/notes.py" line="259" />
      <location filename="../../facilitator/services/personal_data.py" line="83" />
      <location filename="../../facilitator/services/personal_data.py" line="464" />
      <location filename="../../facilitator/services/proposals/anyone.py" line="162" />
      <location filename="../../facilitator/services/proposals/anyone.py" line="278" />
      <location filename="../../facilitator/services/proposals/outcomes.py" line="129" />
      <location filename="../../facilitator/services/proposals/rounds.py" line="102" />
      <location filename="../../facilitator/services/proposals/rounds.py" line="312" />
      <location filename="../../facilitator/services/room/ballots.py" line="72" />
      <location filename="../../facilitator/services/room/box.py" line="98" />
      <location filename="../../facilitator/services/room/box.py" line="167" />
      <location filename="../../facilitator/services/room/dots.py" line="100" />
      <location filename="../../facilitator/services/room/tokens.py" line="151" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="183" />
      <location filename="../../facilitator/services/proposals/rounds.py" line="119" />
      <source>threshold</source>
      <translation>threshold</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/outcomes.py" line="134" />
      <location filename="../../facilitator/services/proposals/rounds.py" line="217" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="178" />
      <location filename="../../facilitator/services/proposals/decisions.py" line="43" />
      <location filename="../../facilitator/services/proposals/outcomes.py" line="133" />
      <source>outcome</source>
      <translation>outcome</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/decisions.py" line="41" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/series.py" line="89" />
      <source>Coordinating organization</source>
      <translation>Coordinating organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitment_reviews.py" line="90" />
      <source>Remark</source>
      <translation>Remark</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="78" />
      <source>Correction deadline</source>
      <translation>Correction deadline</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="107" />
      <source>Series</source>
      <translation>Series</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="108" />
      <source>Number in series</source>
      <translation>Number in series</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="109" />
      <source>Time zone</source>
      <translation>Time zone</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="110" />
      <source>Host organization</source>
      <translation>Host organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="112" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="408" />
      <location filename="../../facilitator/services/attendees.py" line="454" />
      <location filename="../../facilitator/services/workshops.py" line="111" />
      <source>Moderator</source>
      <translation>Moderator</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="109" />
      <source>Dots each</source>
      <translation>Dots each</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="112" />
      <source>On clusters</source>
      <translation>On clusters</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="115" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="315" />
      <location filename="../../facilitator/services/ideas/dots.py" line="349" />
      <location filename="../../facilitator/services/ideas/dots.py" line="385" />
      <source>Dots</source>
      <translation>Dots</translation>
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="46" />
      <source>Save the page as PDF</source>
      <translation>Save the page as PDF</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="48" />
      <source>PDF document (*.pdf)</source>
      <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="89" />
      <source>Search the manual</source>
      <translation>Search the manual</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="114" />
      <source>Manual</source>
      <translation>Manual</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="119" />
      <source>Back</source>
      <translation>Back</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="122" />
      <source>Forward</source>
      <translation>Forward</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="130" />
      <source>Contents</source>
      <translation>Contents</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="133" />
      <source>Print…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="136" />
      <source>Save as PDF…</source>
      <translation>Save as PDF…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="138" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="164" />
      <source>%1 — Facilitator manual</source>
      <translation>%1 — Facilitator manual</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="196" />
      <source>The page was not saved</source>
      <translation>The page was not saved</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="199" />
      <source>Saved %1</source>
      <translation>Saved %1</translation>
    </message>
  </context>
  <context>
    <name>IdeaBoard</name>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/dot_panel.py" line="65" />
      <location filename="../../facilitator/ui/live/dot_panel.py" line="299" />
      <source>%n dot(s) left</source>
      <translation>
        <numerusform>%n dot left</numerusform>
        <numerusform>%n dots left</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="69" />
      <source>Who puts dots</source>
      <translation>Who puts dots</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/dot_panel.py" line="268" />
      <source>%n dot(s) each</source>
      <translation>
        <numerusform>%n dot each</numerusform>
        <numerusform>%n dots each</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/dot_panel.py" line="403" />
      <location filename="../../facilitator/ui/live/idea_cards.py" line="44" />
      <source>%n dot(s)</source>
      <translation>
        <numerusform>%n dot</numerusform>
        <numerusform>%n dots</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="57" />
      <source>Cluster</source>
      <translation>Cluster</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="98" />
      <source>Ideas board</source>
      <translation>Ideas board</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="131" />
      <source>Cluster: type its name (Enter: this one; a new name makes it; Esc cancels)</source>
      <translation>Cluster: type its name (Enter: this one; a new name makes it; Esc cancels)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="133" />
      <source>No cluster “%1” yet: Enter makes it.</source>
      <translation>No cluster “%1” yet: Enter makes it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="144" />
      <source>New name of the cluster (Enter saves, Esc cancels)</source>
      <translation>New name of the cluster (Enter saves, Esc cancels)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="162" />
      <source>Type an idea and press Enter (↓: the cards)</source>
      <translation>Type an idea and press Enter (↓: the cards)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="202" />
      <source>board: add the idea · to the cards · select</source>
      <translation>board: add the idea · to the cards · select</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="194" />
      <source>↓ cards · Space select · G cluster · U out · F2 rename · Del delete · R round · V who · +/− dot · E end · S split · P proposal · T commitment · Esc idea field</source>
      <translation>↓ cards · Space select · G cluster · U out · F2 rename · Del delete · R round · V who · +/− dot · E end · S split · P proposal · T commitment · Esc idea field</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="205" />
      <source>board: cluster · out · rename · delete · proposal · commitment</source>
      <translation>board: cluster · out · rename · delete · proposal · commitment</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="209" />
      <source>board: round · who · dot · count · end · split</source>
      <translation>board: round · who · dot · count · end · split</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="325" />
      <source>Next idea by the speaker: %1</source>
      <translation>Next idea by the speaker: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="328" />
      <source>Next idea: nobody in particular</source>
      <translation>Next idea: nobody in particular</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/idea_board.py" line="381" />
      <source>%n idea(s)</source>
      <translation>
        <numerusform>%n idea</numerusform>
        <numerusform>%n ideas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/idea_board.py" line="383" />
      <source>%n cluster(s)</source>
      <translation>
        <numerusform>%n cluster</numerusform>
        <numerusform>%n clusters</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="423" />
      <source>Select a card first (arrows).</source>
      <translation>Select a card first (arrows).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="460" />
      <source>idea “%1”</source>
      <translation>idea “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="482" />
      <source>Select the cards to cluster first (Space, Shift+arrows).</source>
      <translation>Select the cards to cluster first (Space, Shift+arrows).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/idea_board.py" line="490" />
      <source>%n card(s) to cluster.</source>
      <translation>
        <numerusform>%n card to cluster.</numerusform>
        <numerusform>%n cards to cluster.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="518" />
      <source>cluster</source>
      <translation>cluster</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/idea_board.py" line="523" />
      <location filename="../../facilitator/ui/live/idea_board.py" line="556" />
      <location filename="../../facilitator/ui/live/idea_board.py" line="567" />
      <location filename="../../facilitator/ui/live/idea_cards.py" line="124" />
      <source>%n card(s)</source>
      <translation>
        <numerusform>%n card</numerusform>
        <numerusform>%n cards</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="525" />
      <source>%1 in “%2” — Ctrl+Z to undo.</source>
      <translation>%1 in “%2” — Ctrl+Z to undo.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="527" />
      <source>%1 out of their cluster — Ctrl+Z to undo.</source>
      <translation>%1 out of their cluster — Ctrl+Z to undo.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="546" />
      <source>new cluster “%1”</source>
      <translation>new cluster “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="554" />
      <source>Cluster “%1” made with %2 — Ctrl+Z to undo.</source>
      <translation>Cluster “%1” made with %2 — Ctrl+Z to undo.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="572" />
      <source>Choose the cards or the cluster to delete.</source>
      <translation>Choose the cards or the cluster to delete.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="575" />
      <source>cluster “%1”</source>
      <translation>cluster “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="579" />
      <source>%1 deleted — Ctrl+Z to undo.</source>
      <translation>%1 deleted — Ctrl+Z to undo.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="585" />
      <source>The selected cards are in no cluster.</source>
      <translation>The selected cards are in no cluster.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="604" />
      <source>Select a cluster (or a card in one) to rename it.</source>
      <translation>Select a cluster (or a card in one) to rename it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="633" />
      <source>rename cluster “%1”</source>
      <translation>rename cluster “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="649" />
      <source>Cluster renamed: “%1” — Ctrl+Z to undo.</source>
      <translation>Cluster renamed: “%1” — Ctrl+Z to undo.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="664" />
      <source>Select a card or a cluster first.</source>
      <translation>Select a card or a cluster first.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="685" />
      <source>proposal from “%1”</source>
      <translation>proposal from “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="696" />
      <source>Proposal made: %1 — Ctrl+Z to undo.</source>
      <translation>Proposal made: %1 — Ctrl+Z to undo.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_models.py" line="54" />
      <source>Support differs sharply between sectors</source>
      <translation>Support differs sharply between sectors</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_models.py" line="219" />
      <source>proposal</source>
      <translation>proposal</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_models.py" line="223" />
      <source>commitment</source>
      <translation>commitment</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_models.py" line="276" />
      <location filename="../../facilitator/ui/live/projector_board.py" line="50" />
      <source>Not clustered</source>
      <translation>Not clustered</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_models.py" line="349" />
      <source>counted</source>
      <translation>counted</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_board.py" line="91" />
      <source>No ideas yet</source>
      <translation>No ideas yet</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/projector_board.py" line="116" />
      <source>+ %n more</source>
      <translation>
        <numerusform>+ %n more</numerusform>
        <numerusform>+ %n more</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_board.py" line="179" />
      <source>Dots — round %1</source>
      <translation>Dots — round %1</translation>
    </message>
  </context>
  <context>
    <name>IdeasTab</name>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="89" />
      <source>Type an idea and press Enter</source>
      <translation>Type an idea and press Enter</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="91" />
      <source>&amp;Idea:</source>
      <translation>&amp;Idea:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="96" />
      <source>Whose idea it is (their institution goes with it)</source>
      <translation>Whose idea it is (their institution goes with it)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="100" />
      <source>Idea</source>
      <translation>Idea</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="100" />
      <source>Author</source>
      <translation>Author</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="100" />
      <source>Institution</source>
      <translation>Institution</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="100" />
      <source>Dots</source>
      <translation>Dots</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="106" />
      <source>Cluster name</source>
      <translation>Cluster name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="114" />
      <source>&amp;Put in the cluster</source>
      <translation>&amp;Put in the cluster</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="116" />
      <source>Put the selected ideas in the cluster named beside (a new name makes one)</source>
      <translation>Put the selected ideas in the cluster named beside (a new name makes one)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="119" />
      <source>Take out of its cluster</source>
      <translation>Take out of its cluster</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="121" />
      <source>Delete the selection</source>
      <translation>Delete the selection</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="125" />
      <source>Delete the selected ideas or clusters (Del); Ctrl+Z brings them back</source>
      <translation>Delete the selected ideas or clusters (Del); Ctrl+Z brings them back</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="144" />
      <source>No ideas yet. Type the ideas collected before the workshop here; during the session they are collected on the live screen's board (Ctrl+B).</source>
      <translation>No ideas yet. Type the ideas collected before the workshop here; during the session they are collected on the live screen's board (Ctrl+B).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="238" />
      <source>(nobody named)</source>
      <translation>(nobody named)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="249" />
      <source>Dots: round %1, %2 voters</source>
      <translation>Dots: round %1, %2 voters</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="260" />
      <source>Not clustered</source>
      <translation>Not clustered</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="286" />
      <source>%n idea(s)</source>
      <translation>
        <numerusform>%n idea</numerusform>
        <numerusform>%n ideas</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="299" />
      <source>became a proposal</source>
      <translation>became a proposal</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="301" />
      <source>became a commitment</source>
      <translation>became a commitment</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="401" />
      <source>Add the idea “%1”</source>
      <translation>Add the idea “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="433" />
      <source>Rename the cluster “%1”</source>
      <translation>Rename the cluster “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="448" />
      <source>Correct the idea “%1”</source>
      <translation>Correct the idea “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="473" />
      <source>Make the cluster “%1”</source>
      <translation>Make the cluster “%1”</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="498" />
      <source>Put %n idea(s) in “%1”</source>
      <translation>
        <numerusform>Put %n idea in “%1”</numerusform>
        <numerusform>Put %n ideas in “%1”</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="500" />
      <source>Take %n idea(s) out of their cluster</source>
      <translation>
        <numerusform>Take %n idea out of their cluster</numerusform>
        <numerusform>Take %n ideas out of their cluster</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="520" />
      <source>Delete the cluster “%1”</source>
      <translation>Delete the cluster “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="522" />
      <source>Delete the idea “%1”</source>
      <translation>Delete the idea “%1”</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="518" />
      <source>Delete %n idea(s) and cluster(s)</source>
      <translation>
        <numerusform>Delete %n idea and cluster</numerusform>
        <numerusform>Delete %n ideas and clusters</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="127" />
      <source>Import attendees — %1</source>
      <translation>Import attendees — %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="129" />
      <source>Import people into the directory — %1</source>
      <translation>Import people into the directory — %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="147" />
      <source>(ignore)</source>
      <translation>(ignore)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="174" />
      <source>Show only rows with &amp;errors</source>
      <translation>Show only rows with &amp;errors</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="214" />
      <source>&amp;Import</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="226" />
      <source>&lt;b&gt;Columns&lt;/b&gt; — what each column of the file holds:</source>
      <translation>&lt;b&gt;Columns&lt;/b&gt; — what each column of the file holds:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="240" />
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="304" />
      <source>Updating the preview…</source>
      <translation>Updating the preview…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="247" />
      <source>Full name</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="248" />
      <source>Honorific</source>
      <translation>Honorific</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="249" />
      <source>Given name</source>
      <translation>Given name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="250" />
      <source>Family name</source>
      <translation>Family name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="251" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="252" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="253" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="254" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="259" />
      <source>UTF-8</source>
      <translation>UTF-8</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="260" />
      <source>UTF-8 with byte-order mark</source>
      <translation>UTF-8 with byte-order mark</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="261" />
      <source>Windows-1254 (Turkish)</source>
      <translation>Windows-1254 (Turkish)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="262" />
      <source>UTF-16</source>
      <translation>UTF-16</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="267" />
      <source>semicolon (;)</source>
      <translation>semicolon (;)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="268" />
      <source>comma (,)</source>
      <translation>comma (,)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="269" />
      <source>tab</source>
      <translation>tab</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="270" />
      <source>none (one column)</source>
      <translation>none (one column)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="275" />
      <source>Excel workbook, sheet “%1”</source>
      <translation>Excel workbook, sheet “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="278" />
      <source>Encoding: %1 · Separator: %2</source>
      <translation>Encoding: %1 · Separator: %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="282" />
      <source>%n row(s) below the header</source>
      <translation>
        <numerusform>%n row below the header</numerusform>
        <numerusform>%n rows below the header</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="486" />
      <source>Imported: %1, %2 from the directory, %3 skipped; %4.</source>
      <translation>Imported: %1, %2 from the directory, %3 skipped; %4.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="487" />
      <source>%n new person(s)</source>
      <translation>
        <numerusform>%n new person</numerusform>
        <numerusform>%n new people</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="490" />
      <source>%n new organization(s)</source>
      <translation>
        <numerusform>%n new organization</numerusform>
        <numerusform>%n new organizations</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="356" />
      <source>The preview could not be made because of an error in Facilitator.</source>
      <translation>The preview could not be made because of an error in Facilitator.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="380" />
      <source>To import: %1</source>
      <translation>To import: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="381" />
      <source>New: %1</source>
      <translation>New: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="382" />
      <source>Matched: %1</source>
      <translation>Matched: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="383" />
      <source>Already attending: %1</source>
      <translation>Already attending: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="384" />
      <source>Repeated in the file: %1</source>
      <translation>Repeated in the file: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="385" />
      <source>Errors: %1</source>
      <translation>Errors: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="386" />
      <source>New organizations: %1</source>
      <translation>New organizations: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="393" />
      <source>Told apart from a namesake by e-mail: %1</source>
      <translation>Told apart from a namesake by e-mail: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="401" />
      <source>Nothing is imported while any row has an error. Correct the file or the column mapping. First error:</source>
      <translation>Nothing is imported while any row has an error. Correct the file or the column mapping. First error:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="516" />
      <source>The import failed and nothing was written: %1</source>
      <translation>The import failed and nothing was written: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="520" />
      <source>Cancelled: nothing was imported.</source>
      <translation>Cancelled: nothing was imported.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="571" />
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="594" />
      <source>Import attendees</source>
      <translation>Import attendees</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="573" />
      <source>Attendee lists (*.csv *.xlsx *.txt);;All files (*)</source>
      <translation>Attendee lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="639" />
      <source>Reading %1…</source>
      <translation>Reading %1…</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewModel</name>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="34" />
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="35" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="36" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="37" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="38" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="39" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="40" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="41" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="44" />
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="45" />
      <source>Matched</source>
      <translation>Matched</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="46" />
      <source>Already attending</source>
      <translation>Already attending</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="47" />
      <source>Repeated</source>
      <translation>Repeated</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="48" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="82" />
      <source>Same person as row %1; skipped</source>
      <translation>Same person as row %1; skipped</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="84" />
      <source>%1 already attends; skipped</source>
      <translation>%1 already attends; skipped</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="86" />
      <source>Matched to %1</source>
      <translation>Matched to %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="88" />
      <source>New person</source>
      <translation>New person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="92" />
      <source>not the person of row %1, who has the same name and another e-mail</source>
      <translation>not the person of row %1, who has the same name and another e-mail</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="96" />
      <source>not %1 of the directory, who has the same name and another e-mail</source>
      <translation>not %1 of the directory, who has the same name and another e-mail</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="99" />
      <source>the directory has no e-mail for them; this one is not added</source>
      <translation>the directory has no e-mail for them; this one is not added</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="101" />
      <source>new organization</source>
      <translation>new organization</translation>
    </message>
  </context>
  <context>
    <name>IndicatorsView</name>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="63" />
      <source>Workshops held</source>
      <translation>Workshops held</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="64" />
      <source>Unique participants</source>
      <translation>Unique participants</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="65" />
      <location filename="../../facilitator/ui/series/indicators_view.py" line="83" />
      <source>Attendances</source>
      <translation>Attendances</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="66" />
      <source>Organizations taking part</source>
      <translation>Organizations taking part</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="67" />
      <location filename="../../facilitator/ui/series/indicators_view.py" line="85" />
      <source>Commitments</source>
      <translation>Commitments</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="83" />
      <source>Sector</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="83" />
      <source>Organizations</source>
      <translation>Organizations</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="85" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="88" />
      <source>Attendance counts people marked present at held workshops; an attendance counts for the organization the person represented there.</source>
      <translation>Attendance counts people marked present at held workshops; an attendance counts for the organization the person represented there.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="96" />
      <source>By sector</source>
      <translation>By sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="101" />
      <source>Commitments by status</source>
      <translation>Commitments by status</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="129" />
      <source>%1 of %2</source>
      <translation>%1 of %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="142" />
      <source>(no organization)</source>
      <translation>(no organization)</translation>
    </message>
  </context>
  <context>
    <name>KeysPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/keys.py" line="152" />
      <source>Keys of the live screen</source>
      <translation>Keys of the live screen</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/keys.py" line="154" />
      <source>Esc hides this list; the screen goes on meanwhile.</source>
      <translation>Esc hides this list; the screen goes on meanwhile.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/keys.py" line="159" />
      <source>Hide the keys (Esc)</source>
      <translation>Hide the keys (Esc)</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="32" />
      <source>Moderator</source>
      <translation>Moderator</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="33" />
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="34" />
      <source>Speaker</source>
      <translation>Speaker</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="35" />
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="36" />
      <source>Observer</source>
      <translation>Observer</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="37" />
      <source>Rapporteur</source>
      <translation>Rapporteur</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="38" />
      <source>Organizer</source>
      <translation>Organizer</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="44" />
      <location filename="../../facilitator/ui/kit/labels.py" line="106" />
      <source>Not invited</source>
      <translation>Not invited</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="45" />
      <location filename="../../facilitator/ui/kit/labels.py" line="107" />
      <source>Invited</source>
      <translation>Invited</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="46" />
      <location filename="../../facilitator/ui/kit/labels.py" line="108" />
      <source>Confirmed</source>
      <translation>Confirmed</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="47" />
      <location filename="../../facilitator/ui/kit/labels.py" line="109" />
      <source>Declined</source>
      <translation>Declined</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/labels.py" line="88" />
      <source>Other: %1</source>
      <translation>Other: %1</translation>
    </message>
  </context>
  <context>
    <name>LeaseKeeper</name>
    <message>
      <location filename="../../facilitator/ui/live/lease_keeper.py" line="101" />
      <source>If that was Facilitator closing unexpectedly on this computer, try again in a minute and a half: it can then be taken over.</source>
      <translation>If that was Facilitator closing unexpectedly on this computer, try again in a minute and a half: it can then be taken over.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/lease_keeper.py" line="109" />
      <source>Live screen left open</source>
      <translation>Live screen left open</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/lease_keeper.py" line="110" />
      <source>Take it over and open the live screen here?</source>
      <translation>Take it over and open the live screen here?</translation>
    </message>
  </context>
  <context>
    <name>Legend</name>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="332" />
      <source>Today</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="335" />
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
  </context>
  <context>
    <name>Live</name>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="226" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="231" />
      <source>%1 / %2 min</source>
      <translation>%1 / %2 min</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="244" />
      <source>Not reached: the session ended before it</source>
      <translation>Not reached: the session ended before it</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="282" />
      <source>Agenda item</source>
      <translation>Agenda item</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="283" />
      <source>Actual / planned</source>
      <translation>Actual / planned</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="298" />
      <source>present</source>
      <translation>present</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="300" />
      <source>recorded absent</source>
      <translation>recorded absent</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="302" />
      <source>declined</source>
      <translation>declined</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="306" />
      <source>Attendee</source>
      <translation>Attendee</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="320" />
      <source>Waiting</source>
      <translation>Waiting</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="325" />
      <source>Represents</source>
      <translation>Represents</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="334" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="336" />
      <location filename="../../facilitator/ui/live/item_models.py" line="363" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="342" />
      <location filename="../../facilitator/ui/live/item_models.py" line="369" />
      <source>Turns</source>
      <translation>Turns</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="72" />
      <location filename="../../facilitator/ui/live/item_models.py" line="358" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="359" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
  </context>
  <context>
    <name>LiveWindow</name>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="306" />
      <source>Undone: %1</source>
      <translation>Undone: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="301" />
      <source>Nothing to undo.</source>
      <translation>Nothing to undo.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="166" />
      <source>REHEARSAL — nothing done here reaches the workshop; closing discards it.</source>
      <translation>REHEARSAL — nothing done here reaches the workshop; closing discards it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="185" />
      <source>Keys</source>
      <translation>Keys</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="185" />
      <source>Every key of this screen</source>
      <translation>Every key of this screen</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="188" />
      <source>Main window</source>
      <translation>Main window</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="190" />
      <source>Brings the main window to the front; this screen stays open.</source>
      <translation>Brings the main window to the front; this screen stays open.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="194" />
      <source>Close live screen</source>
      <translation>Close live screen</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="197" />
      <source>Closes this screen only: the workshop stays in session and the main window offers to resume it (Ctrl+L).</source>
      <translation>Closes this screen only: the workshop stays in session and the main window offers to resume it (Ctrl+L).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="68" />
      <source>save note</source>
      <translation>save note</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="71" />
      <source>kind</source>
      <translation>kind</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="76" />
      <source>attribute</source>
      <translation>attribute</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="79" />
      <source>edit last</source>
      <translation>edit last</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="82" />
      <source>delete last</source>
      <translation>delete last</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="87" />
      <source>parking lot</source>
      <translation>parking lot</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="90" />
      <source>note field</source>
      <translation>note field</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="91" />
      <source>ideas board / notes</source>
      <translation>ideas board / notes</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="94" />
      <source>proposal</source>
      <translation>proposal</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="99" />
      <source>commitment</source>
      <translation>commitment</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="102" />
      <source>undo</source>
      <translation>undo</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="103" />
      <source>redo</source>
      <translation>redo</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="104" />
      <source>next item</source>
      <translation>next item</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="107" />
      <source>previous item</source>
      <translation>previous item</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="112" />
      <source>queue</source>
      <translation>queue</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="117" />
      <source>next speaker</source>
      <translation>next speaker</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="122" />
      <source>end turn</source>
      <translation>end turn</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="127" />
      <source>turn limit</source>
      <translation>turn limit</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="132" />
      <source>first-timers first</source>
      <translation>first-timers first</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="135" />
      <source>check-in</source>
      <translation>check-in</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="138" />
      <source>walk-in</source>
      <translation>walk-in</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="143" />
      <source>projector</source>
      <translation>projector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="146" />
      <source>room on phones</source>
      <translation>room on phones</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="147" />
      <source>how to join (projector)</source>
      <translation>how to join (projector)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="150" />
      <source>start the session</source>
      <translation>start the session</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="155" />
      <source>end session</source>
      <translation>end session</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="161" />
      <source>reopen the ended session</source>
      <translation>reopen the ended session</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="166" />
      <source>minutes of the ended session</source>
      <translation>minutes of the ended session</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="171" />
      <source>main window</source>
      <translation>main window</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="176" />
      <source>close this screen (stays in session)</source>
      <translation>close this screen (stays in session)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="181" />
      <source>quit Facilitator</source>
      <translation>quit Facilitator</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="186" />
      <source>all keys · again: the manual</source>
      <translation>all keys · again: the manual</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="191" />
      <source>cancel · hide the keys</source>
      <translation>cancel · hide the keys</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="313" />
      <source>Redone: %1</source>
      <translation>Redone: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="333" />
      <source>Live — %1</source>
      <translation>Live — %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="333" />
      <source>Rehearsal — %1</source>
      <translation>Rehearsal — %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="339" />
      <source>Session resumed where it was.</source>
      <translation>Session resumed where it was.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="342" />
      <source>The session has not started. %1 starts it.</source>
      <translation>The session has not started. %1 starts it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="349" />
      <source>The note you were typing is back: Enter saves it.</source>
      <translation>The note you were typing is back: Enter saves it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="370" />
      <source>The session is already running.</source>
      <translation>The session is already running.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="374" />
      <source>The session has ended. %1 reopens it.</source>
      <translation>The session has ended. %1 reopens it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="388" />
      <source>This workshop is planned for %1, not today. Press %2 again within %3 seconds to start the real session anyway; to try the screen out, close it and rehearse instead (Live menu).</source>
      <translation>This workshop is planned for %1, not today. Press %2 again within %3 seconds to start the real session anyway; to try the screen out, close it and rehearse instead (Live menu).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="406" />
      <source>The session has started.</source>
      <translation>The session has started.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="494" />
      <source>Press %1 again to end the session.</source>
      <translation>Press %1 again to end the session.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="552" />
      <source>Start first: %1</source>
      <translation>Start first: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="556" />
      <source>%1: reopen the session</source>
      <translation>%1: reopen the session</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="557" />
      <source>%1: close this screen</source>
      <translation>%1: close this screen</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="560" />
      <source>%1: the minutes</source>
      <translation>%1: the minutes</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="579" />
      <source>The session is not ended.</source>
      <translation>The session is not ended.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="593" />
      <source>Reopen the session</source>
      <translation>Reopen the session</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="603" />
      <source>The session is open again: go on where it stopped.</source>
      <translation>The session is open again: go on where it stopped.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="610" />
      <source>The minutes come once the session has ended.</source>
      <translation>The minutes come once the session has ended.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="613" />
      <source>A rehearsal has no minutes: nothing of it is kept.</source>
      <translation>A rehearsal has no minutes: nothing of it is kept.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="721" />
      <source>The room is open at %1, room code %2 (Ctrl+J shows how to join).</source>
      <translation>The room is open at %1, room code %2 (Ctrl+J shows how to join).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="735" />
      <source>The room is closed: phones no longer reach it.</source>
      <translation>The room is closed: phones no longer reach it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="509" />
      <source>The session has ended.</source>
      <translation>The session has ended.</translation>
    </message>
  </context>
  <context>
    <name>LockDialog</name>
    <message>
      <location filename="../../facilitator/ui/database/lock_dialog.py" line="37" />
      <source>Database in use</source>
      <translation>Database in use</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/lock_dialog.py" line="43" />
      <source>This database is already open in another Facilitator.</source>
      <translation>This database is already open in another Facilitator.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/lock_dialog.py" line="53" />
      <source>File:</source>
      <translation>File:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/lock_dialog.py" line="54" />
      <source>Computer:</source>
      <translation>Computer:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/lock_dialog.py" line="55" />
      <source>Process:</source>
      <translation>Process:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/lock_dialog.py" line="56" />
      <source>Open since:</source>
      <translation>Open since:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/lock_dialog.py" line="68" />
      <source>Only one Facilitator at a time may change a database. You can open it read-only to look at it, or quit and close the other one first.</source>
      <translation>Only one Facilitator at a time may change a database. You can open it read-only to look at it, or quit and close the other one first.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/lock_dialog.py" line="81" />
      <source>Open &amp;read-only</source>
      <translation>Open &amp;read-only</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/lock_dialog.py" line="84" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
  </context>
  <context>
    <name>Logs</name>
    <message>
      <location filename="../../facilitator/logs.py" line="247" />
      <source>The database is busy: another program or another Facilitator is writing to it. Wait a moment and try again.</source>
      <translation>The database is busy: another program or another Facilitator is writing to it. Wait a moment and try again.</translation>
    </message>
    <message>
      <location filename="../../facilitator/logs.py" line="252" />
      <source>The disk is full. Free some space on it, then try again.</source>
      <translation>The disk is full. Free some space on it, then try again.</translation>
    </message>
    <message>
      <location filename="../../facilitator/logs.py" line="253" />
      <source>Facilitator is not allowed to write there: the file or its folder is read-only, or your user account lacks the permission.</source>
      <translation>Facilitator is not allowed to write there: the file or its folder is read-only, or your user account lacks the permission.</translation>
    </message>
    <message>
      <location filename="../../facilitator/logs.py" line="258" />
      <source>The database file looks damaged. Close Facilitator and start it again: it checks the file and offers to restore the newest backup if needed.</source>
      <translation>The database file looks damaged. Close Facilitator and start it again: it checks the file and offers to restore the newest backup if needed.</translation>
    </message>
    <message>
      <location filename="../../facilitator/logs.py" line="263" />
      <source>The computer ran out of memory. Close other programs, then try again.</source>
      <translation>The computer ran out of memory. Close other programs, then try again.</translation>
    </message>
    <message>
      <location filename="../../facilitator/logs.py" line="266" />
      <source>A file could not be read or written: the disk, USB stick or network folder may have gone away. Check that it is there, then try again.</source>
      <translation>A file could not be read or written: the disk, USB stick or network folder may have gone away. Check that it is there, then try again.</translation>
    </message>
    <message>
      <location filename="../../facilitator/logs.py" line="271" />
      <source>The database server cannot be reached. Check the network connection, then try again.</source>
      <translation>The database server cannot be reached. Check the network connection, then try again.</translation>
    </message>
    <message>
      <location filename="../../facilitator/logs.py" line="278" />
      <source>An error in Facilitator itself stopped this; it is not something you did. The details were written to the log.</source>
      <translation>An error in Facilitator itself stopped this; it is not something you did. The details were written to the log.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="91" />
      <source>Facilitator</source>
      <translation>Facilitator</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="110" />
      <source>People &amp;&amp; organizations</source>
      <translation>People &amp;&amp; organizations</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="30" />
      <source>&amp;New workshop…</source>
      <translation>&amp;New workshop…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="33" />
      <source>New &amp;series…</source>
      <translation>New &amp;series…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="37" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="43" />
      <source>&amp;Duplicate workshop…</source>
      <translation>&amp;Duplicate workshop…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="47" />
      <source>De&amp;lete workshop…</source>
      <translation>De&amp;lete workshop…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="52" />
      <source>Delete series…</source>
      <translation>Delete series…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="65" />
      <source>&amp;People and organizations</source>
      <translation>&amp;People and organizations</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="71" />
      <source>&amp;Find in directory</source>
      <translation>&amp;Find in directory</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="77" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Preferences…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="83" />
      <source>&amp;About Facilitator</source>
      <translation>&amp;About Facilitator</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="87" />
      <source>&amp;Manual for this screen</source>
      <translation>&amp;Manual for this screen</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="94" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="100" />
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="102" />
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="106" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="115" />
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="121" />
      <source>&amp;Workshop</source>
      <translation>&amp;Workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="127" />
      <source>&amp;Live</source>
      <translation>&amp;Live</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="132" />
      <source>&amp;Settings</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="134" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="322" />
      <source>The live screen is closed; the workshop is still in session (Ctrl+L resumes).</source>
      <translation>The live screen is closed; the workshop is still in session (Ctrl+L resumes).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="375" />
      <source>Resume the session</source>
      <translation>Resume the session</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="376" />
      <source>“%1” is still in session. Go back to the live screen?</source>
      <translation>“%1” is still in session. Go back to the live screen?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="405" />
      <source>Without series</source>
      <translation>Without series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="536" />
      <source>Cannot create the workshop</source>
      <translation>Cannot create the workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="549" />
      <source>New series</source>
      <translation>New series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="549" />
      <source>Title of the series:</source>
      <translation>Title of the series:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="556" />
      <source>Cannot create the series</source>
      <translation>Cannot create the series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="583" />
      <source>Duplicate workshop</source>
      <translation>Duplicate workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="599" />
      <source>Cannot duplicate the workshop</source>
      <translation>Cannot duplicate the workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="614" />
      <source>Delete “%1” with its agenda, attendees, notes and decisions? People and organizations stay in the directory.</source>
      <translation>Delete “%1” with its agenda, attendees, notes and decisions? People and organizations stay in the directory.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="617" />
      <source>Delete workshop</source>
      <translation>Delete workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="629" />
      <source>Cannot delete the workshop</source>
      <translation>Cannot delete the workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="648" />
      <source>Delete series</source>
      <translation>Delete series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="642" />
      <source>Delete the series “%1”?</source>
      <translation>Delete the series “%1”?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="55" />
      <source>Open the &amp;live screen</source>
      <translation>Open the &amp;live screen</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="59" />
      <source>&amp;Rehearse the live session</source>
      <translation>&amp;Rehearse the live session</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="254" />
      <source>Cannot open the live screen</source>
      <translation>Cannot open the live screen</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="288" />
      <source>Cannot rehearse</source>
      <translation>Cannot rehearse</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="296" />
      <source>Rehearsal resumed where it was; closing the screen discards it.</source>
      <translation>Rehearsal resumed where it was; closing the screen discards it.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/main_window.py" line="409" />
      <source>%1 · %n workshop(s)</source>
      <translation>
        <numerusform>%1 · %n workshop</numerusform>
        <numerusform>%1 · %n workshops</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/main_window.py" line="646" />
      <source>Its roadmap with %n commitment(s) is deleted with it.</source>
      <translation>
        <numerusform>Its roadmap with %n commitment is deleted with it.</numerusform>
        <numerusform>Its roadmap with %n commitments is deleted with it.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="660" />
      <source>Cannot delete the series</source>
      <translation>Cannot delete the series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="677" />
      <source>Empty database</source>
      <translation>Empty database</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="679" />
      <source>This database holds no workshop yet. Load the demo series (fictional institutions and people) to look around?</source>
      <translation>This database holds no workshop yet. Load the demo series (fictional institutions and people) to look around?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="690" />
      <source>Cannot load the demo series</source>
      <translation>Cannot load the demo series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="710" />
      <source>Cannot undo</source>
      <translation>Cannot undo</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="713" />
      <source>Saved ✓</source>
      <translation>Saved ✓</translation>
    </message>
  </context>
  <context>
    <name>MatrixTableModel</name>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="95" />
      <source>Total: %1</source>
      <translation>Total: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="96" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="130" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="132" />
      <source>Sector</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="134" />
      <source>All types</source>
      <translation>All types</translation>
    </message>
  </context>
  <context>
    <name>MatrixView</name>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="151" />
      <source>Phase:</source>
      <translation>Phase:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="154" />
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="189" />
      <source>Each cell: how many commitments, then their amounts per unit — TRY, EUR, volunteer hours and volunteers are never added together.</source>
      <translation>Each cell: how many commitments, then their amounts per unit — TRY, EUR, volunteer hours and volunteers are never added together.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="195" />
      <source>No commitment matches these filters.</source>
      <translation>No commitment matches these filters.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="218" />
      <source>All phases</source>
      <translation>All phases</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="219" />
      <source>(no phase)</source>
      <translation>(no phase)</translation>
    </message>
  </context>
  <context>
    <name>MergeTargetDialog</name>
    <message>
      <location filename="../../facilitator/ui/directory/merge_dialog.py" line="26" />
      <source>Search…</source>
      <translation>Search…</translation>
    </message>
  </context>
  <context>
    <name>MinutesVersionsBar</name>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="67" />
      <source>&amp;Version</source>
      <translation>&amp;Version</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="69" />
      <source>&amp;Finalise…</source>
      <translation>&amp;Finalise…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="72" />
      <source>Freeze the current content as the final minutes: every later export of the final prints exactly this, and later edits open a new draft.</source>
      <translation>Freeze the current content as the final minutes: every later export of the final prints exactly this, and later edits open a new draft.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="76" />
      <source>Corrections &amp;due by</source>
      <translation>Corrections &amp;due by</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="123" />
      <source>final</source>
      <translation>final</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="123" />
      <source>draft</source>
      <translation>draft</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="144" />
      <source>Current content: new draft v%1</source>
      <translation>Current content: new draft v%1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="146" />
      <source>Current content: final v%1</source>
      <translation>Current content: final v%1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="147" />
      <source>Current content: draft v%1</source>
      <translation>Current content: draft v%1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="156" />
      <source>Final. SHA-256 of its content: %1</source>
      <translation>Final. SHA-256 of its content: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="161" />
      <source>%n change(s) since the final v%1; the draft lists them.</source>
      <translation>
        <numerusform>%n change since the final v%1; the draft lists it.</numerusform>
        <numerusform>%n changes since the final v%1; the draft lists them.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="220" />
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="232" />
      <source>Finalise the minutes as version %1? Every later export of the final prints exactly this content; later edits open a new draft.</source>
      <translation>Finalise the minutes as version %1? Every later export of the final prints exactly this content; later edits open a new draft.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="237" />
      <source>Finalise the minutes</source>
      <translation>Finalise the minutes</translation>
    </message>
  </context>
  <context>
    <name>NewOrganizationDialog</name>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="158" />
      <source>New organization</source>
      <translation>New organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="164" />
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="165" />
      <source>&amp;Short name</source>
      <translation>&amp;Short name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="166" />
      <source>S&amp;ector</source>
      <translation>S&amp;ector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="167" />
      <source>Other sector</source>
      <translation>Other sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="168" />
      <source>&amp;City</source>
      <translation>&amp;City</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="184" />
      <source>Enter the organization's name.</source>
      <translation>Enter the organization's name.</translation>
    </message>
  </context>
  <context>
    <name>NewPersonDialog</name>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="54" />
      <source>New person</source>
      <translation>New person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="67" />
      <source>Type to find it; a new name creates it</source>
      <translation>Type to find it; a new name creates it</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="71" />
      <source>e.g. Neighbourhood association</source>
      <translation>e.g. Neighbourhood association</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="73" />
      <source>New: added to the directory with this person.</source>
      <translation>New: added to the directory with this person.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="81" />
      <source>&amp;Honorific</source>
      <translation>&amp;Honorific</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="82" />
      <source>&amp;Given name</source>
      <translation>&amp;Given name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="83" />
      <source>&amp;Family name</source>
      <translation>&amp;Family name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="89" />
      <source>&amp;Organization</source>
      <translation>&amp;Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="92" />
      <source>Se&amp;ctor</source>
      <translation>Se&amp;ctor</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="93" />
      <source>Other sector</source>
      <translation>Other sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="94" />
      <source>&amp;Position</source>
      <translation>&amp;Position</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="95" />
      <source>&amp;E-mail</source>
      <translation>&amp;E-mail</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="96" />
      <source>Pho&amp;ne</source>
      <translation>Pho&amp;ne</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="107" />
      <source>C&amp;reate</source>
      <translation>C&amp;reate</translation>
    </message>
  </context>
  <context>
    <name>NewWorkshopDialog</name>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="93" />
      <source>New workshop</source>
      <translation>New workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="96" />
      <source>(no series)</source>
      <translation>(no series)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="115" />
      <source>&amp;Title</source>
      <translation>&amp;Title</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="116" />
      <source>&amp;Series</source>
      <translation>&amp;Series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="117" />
      <source>&amp;Date</source>
      <translation>&amp;Date</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="118" />
      <source>T&amp;ime</source>
      <translation>T&amp;ime</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="119" />
      <source>Time zone</source>
      <translation>Time zone</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="137" />
      <source>Give the workshop a title.</source>
      <translation>Give the workshop a title.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="139" />
      <source>The workshop must end after it starts.</source>
      <translation>The workshop must end after it starts.</translation>
    </message>
  </context>
  <context>
    <name>NoteEditor</name>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="72" />
      <source>Choose an agenda item</source>
      <translation>Choose an agenda item</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="86" />
      <source>The note as it goes into the minutes</source>
      <translation>The note as it goes into the minutes</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="89" />
      <source>At most %1 characters. Ctrl+Enter saves, Esc puts back what is stored.</source>
      <translation>At most %1 characters. Ctrl+Enter saves, Esc puts back what is stored.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="93" />
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="188" />
      <source>Sa&amp;ve</source>
      <translation>Sa&amp;ve</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="95" />
      <source>Save the changes (Ctrl+Enter)</source>
      <translation>Save the changes (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="97" />
      <source>Put &amp;back</source>
      <translation>Put &amp;back</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="98" />
      <source>Forget the changes not yet saved (Esc)</source>
      <translation>Forget the changes not yet saved (Esc)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="103" />
      <source>Agenda &amp;item:</source>
      <translation>Agenda &amp;item:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="104" />
      <source>Ti&amp;me:</source>
      <translation>Ti&amp;me:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="105" />
      <source>&amp;Kind:</source>
      <translation>&amp;Kind:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="106" />
      <source>S&amp;peaker:</source>
      <translation>S&amp;peaker:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="115" />
      <source>Te&amp;xt:</source>
      <translation>Te&amp;xt:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="143" />
      <source>— nobody in particular —</source>
      <translation>— nobody in particular —</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="170" />
      <source>Select a note to correct it, or several to move them to another agenda item. A note taken on paper: Add a note.</source>
      <translation>Select a note to correct it, or several to move them to another agenda item. A note taken on paper: Add a note.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="179" />
      <source>Correct the note</source>
      <translation>Correct the note</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="193" />
      <source>A note taken on paper</source>
      <translation>A note taken on paper</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="199" />
      <source>Sa&amp;ve the new note</source>
      <translation>Sa&amp;ve the new note</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="206" />
      <source>%n note(s) selected: choose the agenda item to move them to.</source>
      <translation>
        <numerusform>%n note selected: choose the agenda item to move it to.</numerusform>
        <numerusform>%n notes selected: choose the agenda item to move them to.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="213" />
      <source>&amp;Move the notes</source>
      <translation>&amp;Move the notes</translation>
    </message>
  </context>
  <context>
    <name>NoteKind</name>
    <message>
      <location filename="../../facilitator/ui/kit/labels.py" line="62" />
      <source>Point</source>
      <translation>Point</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/labels.py" line="63" />
      <source>Idea</source>
      <translation>Idea</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/labels.py" line="64" />
      <source>Concern</source>
      <translation>Concern</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/labels.py" line="65" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/labels.py" line="66" />
      <source>Proposal</source>
      <translation>Proposal</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/labels.py" line="67" />
      <source>Quote</source>
      <translation>Quote</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/labels.py" line="68" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/labels.py" line="69" />
      <source>Parking lot</source>
      <translation>Parking lot</translation>
    </message>
  </context>
  <context>
    <name>NotesPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="82" />
      <source>Type a note and press Enter (Up: edit the last note)</source>
      <translation>Type a note and press Enter (Up: edit the last note)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="94" />
      <source>Attribute the next note to… (Enter picks, Esc cancels)</source>
      <translation>Attribute the next note to… (Enter picks, Esc cancels)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="96" />
      <source>No attendee matches “%1”. Enter adds them as a walk-in.</source>
      <translation>No attendee matches “%1”. Enter adds them as a walk-in.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="111" />
      <source>Notes of this item</source>
      <translation>Notes of this item</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="178" />
      <source>Kind of the next note: Ctrl+1 … Ctrl+8</source>
      <translation>Kind of the next note: Ctrl+1 … Ctrl+8</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="202" />
      <source>%1 added as a walk-in, present.</source>
      <translation>%1 added as a walk-in, present.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="218" />
      <source>Next note by: %1 (Ctrl+P: someone else)</source>
      <translation>Next note by: %1 (Ctrl+P: someone else)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="222" />
      <source>Next note by the speaker: %1 (Ctrl+P: someone else)</source>
      <translation>Next note by the speaker: %1 (Ctrl+P: someone else)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="226" />
      <source>Next note: nobody in particular (Ctrl+P: attribute it)</source>
      <translation>Next note: nobody in particular (Ctrl+P: attribute it)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="296" />
      <location filename="../../facilitator/ui/live/notes_panel.py" line="413" />
      <source>note by %1 (marked present)</source>
      <translation>note by %1 (marked present)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="324" />
      <source>%1 is now marked present — Ctrl+Z takes the note back.</source>
      <translation>%1 is now marked present — Ctrl+Z takes the note back.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="372" />
      <source>There is no note to edit yet.</source>
      <translation>There is no note to edit yet.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="379" />
      <source>Editing the last note — Enter saves, Esc cancels</source>
      <translation>Editing the last note — Enter saves, Esc cancels</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="404" />
      <source>edit note</source>
      <translation>edit note</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="445" />
      <source>Note changed; %1 is now marked present — Ctrl+Z takes back both.</source>
      <translation>Note changed; %1 is now marked present — Ctrl+Z takes back both.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="449" />
      <source>Note changed — Ctrl+Z to undo.</source>
      <translation>Note changed — Ctrl+Z to undo.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="456" />
      <source>There is no note to delete.</source>
      <translation>There is no note to delete.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="471" />
      <source>delete note</source>
      <translation>delete note</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="479" />
      <source>Note deleted: “%1” — Ctrl+Z to undo.</source>
      <translation>Note deleted: “%1” — Ctrl+Z to undo.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="486" />
      <source>There is no note to send to the parking lot.</source>
      <translation>There is no note to send to the parking lot.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="490" />
      <source>parking lot</source>
      <translation>parking lot</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="502" />
      <source>Note sent to the parking lot — Ctrl+Z to undo.</source>
      <translation>Note sent to the parking lot — Ctrl+Z to undo.</translation>
    </message>
  </context>
  <context>
    <name>NotesTab</name>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="116" />
      <source>Find in the notes, speakers, organizations</source>
      <translation>Find in the notes, speakers, organizations</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="136" />
      <source>Add a note &amp;taken on paper</source>
      <translation>Add a note &amp;taken on paper</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="118" />
      <source>Sea&amp;rch:</source>
      <translation>Sea&amp;rch:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="138" />
      <source>Delete the selected notes</source>
      <translation>Delete the selected notes</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="146" />
      <source>Delete the selected notes (Del); Ctrl+Z brings them back</source>
      <translation>Delete the selected notes (Del); Ctrl+Z brings them back</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="168" />
      <source>No notes yet. They are taken on the live screen during the session (Ctrl+L); a note taken on paper is added here with “Add a note taken on paper”.</source>
      <translation>No notes yet. They are taken on the live screen during the session (Ctrl+L); a note taken on paper is added here with “Add a note taken on paper”.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="311" />
      <source>Every kind</source>
      <translation>Every kind</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="318" />
      <source>Every speaker</source>
      <translation>Every speaker</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="320" />
      <source>No speaker recorded</source>
      <translation>No speaker recorded</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="324" />
      <source>Every organization</source>
      <translation>Every organization</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="354" />
      <source>%n note(s)</source>
      <translation>
        <numerusform>%n note</numerusform>
        <numerusform>%n notes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="356" />
      <source>%1 of %n note(s) shown</source>
      <translation>
        <numerusform>%1 of %n note shown</numerusform>
        <numerusform>%1 of %n notes shown</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="585" />
      <source>Delete %n note(s)</source>
      <translation>
        <numerusform>Delete %n note</numerusform>
        <numerusform>Delete %n notes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="619" />
      <source>Move %n note(s) to “%1”</source>
      <translation>
        <numerusform>Move %n note to “%1”</numerusform>
        <numerusform>Move %n notes to “%1”</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="493" />
      <source>Correct the note “%1”</source>
      <translation>Correct the note “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="537" />
      <source>Add the note “%1”</source>
      <translation>Add the note “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="583" />
      <source>Delete the note “%1”</source>
      <translation>Delete the note “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tree_model.py" line="94" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tree_model.py" line="95" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tree_model.py" line="96" />
      <source>Speaker</source>
      <translation>Speaker</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tree_model.py" line="97" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>OrganizationsPane</name>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="563" />
      <source>Search organizations by name, short name, city…</source>
      <translation>Search organizations by name, short name, city…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="564" />
      <source>&amp;Add organization…</source>
      <translation>&amp;Add organization…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="570" />
      <source>What kind of organization it is</source>
      <translation>What kind of organization it is</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="574" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="575" />
      <source>Short name</source>
      <translation>Short name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="576" />
      <source>Sector</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="577" />
      <source>Other sector</source>
      <translation>Other sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="578" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="579" />
      <source>Website</source>
      <translation>Website</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="615" />
      <source>name</source>
      <translation>name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="616" />
      <source>short name</source>
      <translation>short name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="617" />
      <source>sector</source>
      <translation>sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="618" />
      <source>other sector</source>
      <translation>other sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="619" />
      <source>city</source>
      <translation>city</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="620" />
      <source>website</source>
      <translation>website</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="630" />
      <source>Cannot add the organization</source>
      <translation>Cannot add the organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="640" />
      <source>Delete %1 from the directory?</source>
      <translation>Delete %1 from the directory?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="641" />
      <source>Delete organization</source>
      <translation>Delete organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="647" />
      <source>Cannot delete the organization</source>
      <translation>Cannot delete the organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="660" />
      <location filename="../../facilitator/ui/directory/directory_page.py" line="672" />
      <source>Merge organization</source>
      <translation>Merge organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="662" />
      <source>Choose the entry that %1 is the same organization as. Its people, attendees, commitments and workshops move to it, and %1 leaves the directory.</source>
      <translation>Choose the entry that %1 is the same organization as. Its people, attendees, commitments and workshops move to it, and %1 leaves the directory.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="673" />
      <source>Merge %1 into %2? This cannot be undone.</source>
      <translation>Merge %1 into %2? This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="681" />
      <source>Cannot merge</source>
      <translation>Cannot merge</translation>
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="94" />
      <source>from</source>
      <translation>from</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="96" />
      <source>to</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="112" />
      <source>&amp;Venue</source>
      <translation>&amp;Venue</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="115" />
      <source>&amp;Moderator</source>
      <translation>&amp;Moderator</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="104" />
      <source>Guiding &amp;question</source>
      <translation>Guiding &amp;question</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="101" />
      <source>Se&amp;ries</source>
      <translation>Se&amp;ries</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="102" />
      <source>Num&amp;ber in series</source>
      <translation>Num&amp;ber in series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="103" />
      <source>T&amp;itle</source>
      <translation>T&amp;itle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="105" />
      <source>Da&amp;y and time</source>
      <translation>Da&amp;y and time</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="108" />
      <source>Time zone</source>
      <translation>Time zone</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="113" />
      <source>Venue address</source>
      <translation>Venue address</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="114" />
      <source>Host organi&amp;zation</source>
      <translation>Host organi&amp;zation</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="116" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="117" />
      <source>S&amp;tatus</source>
      <translation>S&amp;tatus</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="118" />
      <source>Ob&amp;jectives</source>
      <translation>Ob&amp;jectives</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="201" />
      <source>(no series)</source>
      <translation>(no series)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="205" />
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="209" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="312" />
      <source>The session has started: its times are kept as recorded; another zone only shows them on other clocks.</source>
      <translation>The session has started: its times are kept as recorded; another zone only shows them on other clocks.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="316" />
      <source>Another zone keeps the planned clock times (%1 stays %1).</source>
      <translation>Another zone keeps the planned clock times (%1 stays %1).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="323" />
      <source>series</source>
      <translation>series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="324" />
      <source>number in series</source>
      <translation>number in series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="325" />
      <source>title</source>
      <translation>title</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="326" />
      <source>guiding question</source>
      <translation>guiding question</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="327" />
      <source>date and time</source>
      <translation>date and time</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="328" />
      <source>time zone</source>
      <translation>time zone</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="329" />
      <source>venue</source>
      <translation>venue</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="330" />
      <source>venue address</source>
      <translation>venue address</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="331" />
      <source>host organization</source>
      <translation>host organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="332" />
      <source>moderator</source>
      <translation>moderator</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="333" />
      <source>language</source>
      <translation>language</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="334" />
      <source>status</source>
      <translation>status</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="335" />
      <source>objectives</source>
      <translation>objectives</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="349" />
      <source>No workshop is open.</source>
      <translation>No workshop is open.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="376" />
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="414" />
      <source>Change the %1</source>
      <translation>Change the %1</translation>
    </message>
  </context>
  <context>
    <name>PeoplePane</name>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="367" />
      <source>Search people by name, organization, e-mail…</source>
      <translation>Search people by name, organization, e-mail…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="368" />
      <source>&amp;Add person…</source>
      <translation>&amp;Add person…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="380" />
      <source>Contact details may appear in documents</source>
      <translation>Contact details may appear in documents</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="385" />
      <source>not given</source>
      <translation>not given</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="387" />
      <source>Honorific</source>
      <translation>Honorific</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="388" />
      <source>Given name</source>
      <translation>Given name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="389" />
      <source>Family name</source>
      <translation>Family name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="390" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="391" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="392" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="393" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="395" />
      <source>Data-processing consent given on</source>
      <translation>Data-processing consent given on</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="404" />
      <source>Workshops</source>
      <translation>Workshops</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="425" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="440" />
      <source>Not in any workshop yet</source>
      <translation>Not in any workshop yet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="460" />
      <source>honorific</source>
      <translation>honorific</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="461" />
      <source>given name</source>
      <translation>given name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="462" />
      <source>family name</source>
      <translation>family name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="463" />
      <source>position</source>
      <translation>position</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="464" />
      <source>organization</source>
      <translation>organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="465" />
      <source>e-mail address</source>
      <translation>e-mail address</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="466" />
      <source>phone number</source>
      <translation>phone number</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="467" />
      <source>contact consent</source>
      <translation>contact consent</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="468" />
      <source>consent date</source>
      <translation>consent date</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="488" />
      <source>Add %1</source>
      <translation>Add %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="498" />
      <source>Cannot add the person</source>
      <translation>Cannot add the person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="508" />
      <source>Delete %1 from the directory?</source>
      <translation>Delete %1 from the directory?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="509" />
      <source>Delete person</source>
      <translation>Delete person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="515" />
      <source>Cannot delete the person</source>
      <translation>Cannot delete the person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="526" />
      <location filename="../../facilitator/ui/directory/directory_page.py" line="538" />
      <source>Merge person</source>
      <translation>Merge person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="528" />
      <source>Choose the entry that %1 is the same person as. Their workshops, notes, positions and commitments move to it, and %1 leaves the directory.</source>
      <translation>Choose the entry that %1 is the same person as. Their workshops, notes, positions and commitments move to it, and %1 leaves the directory.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="539" />
      <source>Merge %1 into %2? This cannot be undone.</source>
      <translation>Merge %1 into %2? This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="547" />
      <source>Cannot merge</source>
      <translation>Cannot merge</translation>
    </message>
  </context>
  <context>
    <name>PersonalData</name>
    <message>
      <location filename="../../facilitator/services/personal_data.py" line="268" />
      <source>Participant {number}</source>
      <translation>Participant {number}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/personal_data.py" line="332" />
      <source>On a database server the old details may stay in the server's files, its write-ahead log and its backups until its administrator runs maintenance (VACUUM FULL).</source>
      <translation>On a database server the old details may stay in the server's files, its write-ahead log and its backups until its administrator runs maintenance (VACUUM FULL).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/personal_data.py" line="349" />
      <source>Facilitator ran VACUUM on the tables that held them.</source>
      <translation>Facilitator ran VACUUM on the tables that held them.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/personal_data.py" line="351" />
      <source>Facilitator could not run VACUUM on the tables that held them: only their owner may.</source>
      <translation>Facilitator could not run VACUUM on the tables that held them: only their owner may.</translation>
    </message>
  </context>
  <context>
    <name>PersonalDataPanel</name>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="31" />
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="50" />
      <source>Export personal data</source>
      <translation>Export personal data</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="33" />
      <source>JSON file (*.json)</source>
      <translation>JSON file (*.json)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="44" />
      <location filename="../../facilitator/ui/directory/personal_data_panel.py" line="37" />
      <source>Personal data</source>
      <translation>Personal data</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="63" />
      <source>Cannot write %1: %2</source>
      <translation>Cannot write %1: %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="76" />
      <source>Anonymise person</source>
      <translation>Anonymise person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="77" />
      <source>Anonymise %1? Their name and contact details are replaced by “%2” for good; their notes, positions, ideas, dots and commitments stay under that name. This cannot be undone. Backups made before now still hold the old details.</source>
      <translation>Anonymise %1? Their name and contact details are replaced by “%2” for good; their notes, positions, ideas, dots and commitments stay under that name. This cannot be undone. Backups made before now still hold the old details.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="110" />
      <source>%1 is anonymised.</source>
      <translation>%1 is anonymised.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="123" />
      <source>%1

Try to erase the old details again now?</source>
      <translation>%1

Try to erase the old details again now?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="146" />
      <source>The old details stay in the database file until they are erased: close the program reading the file, then choose Anonymise for this person again.</source>
      <translation>The old details stay in the database file until they are erased: close the program reading the file, then choose Anonymise for this person again.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_panel.py" line="45" />
      <source>E&amp;xport data…</source>
      <translation>E&amp;xport data…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_panel.py" line="47" />
      <source>Everything kept about this person, as a JSON file to hand to them</source>
      <translation>Everything kept about this person, as a JSON file to hand to them</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_panel.py" line="50" />
      <source>A&amp;nonymise…</source>
      <translation>A&amp;nonymise…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_panel.py" line="52" />
      <source>Replace name and contact details with a placeholder, for good</source>
      <translation>Replace name and contact details with a placeholder, for good</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_panel.py" line="55" />
      <source>Re&amp;tention…</source>
      <translation>Re&amp;tention…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_panel.py" line="57" />
      <source>People not seen in any workshop for more than a number of years</source>
      <translation>People not seen in any workshop for more than a number of years</translation>
    </message>
  </context>
  <context>
    <name>PhasesPanel</name>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="363" />
      <source>Phases</source>
      <translation>Phases</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="370" />
      <source>Title of the phase</source>
      <translation>Title of the phase</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="373" />
      <source>e.g. %1</source>
      <translation>e.g. %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="378" />
      <source>New phase</source>
      <translation>New phase</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="379" />
      <source>Save phase</source>
      <translation>Save phase</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="380" />
      <source>Delete phase</source>
      <translation>Delete phase</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="385" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="386" />
      <source>Target date</source>
      <translation>Target date</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="387" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="415" />
      <source>no date</source>
      <translation>no date</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="417" />
      <source>%1 — %2 (%3)</source>
      <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="465" />
      <source>“%1” is not a date; type it like %2.</source>
      <translation>“%1” is not a date; type it like %2.</translation>
    </message>
  </context>
  <context>
    <name>ProjectorConnect</name>
    <message>
      <location filename="../../facilitator/ui/live/projector_connect.py" line="27" />
      <source>Join on your phone</source>
      <translation>Join on your phone</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_connect.py" line="35" />
      <source>Nothing opens? On a guest network that keeps devices apart, connect to this laptop's own hotspot instead. No internet is needed.</source>
      <translation>Nothing opens? On a guest network that keeps devices apart, connect to this laptop's own hotspot instead. No internet is needed.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_connect.py" line="60" />
      <source>1. Wi-Fi: %1</source>
      <translation>1. Wi-Fi: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_connect.py" line="62" />
      <source>1. Join this laptop's Wi-Fi network</source>
      <translation>1. Join this laptop's Wi-Fi network</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_connect.py" line="63" />
      <source>2. Scan the code, or open this address:</source>
      <translation>2. Scan the code, or open this address:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_connect.py" line="65" />
      <source>Room code: %1</source>
      <translation>Room code: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_connect.py" line="66" />
      <source>To vote, scan the code on your own badge.</source>
      <translation>To vote, scan the code on your own badge.</translation>
    </message>
  </context>
  <context>
    <name>ProjectorWindow</name>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="57" />
      <source>Facilitator — projector</source>
      <translation>Facilitator — projector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="78" />
      <source>Decisions agreed</source>
      <translation>Decisions agreed</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="90" />
      <source>REHEARSAL</source>
      <translation>REHEARSAL</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="163" />
      <source>The session has ended</source>
      <translation>The session has ended</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="165" />
      <source>The session will start shortly</source>
      <translation>The session will start shortly</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="170" />
      <source>Speaking: %1</source>
      <translation>Speaking: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="174" />
      <source>Next: %1</source>
      <translation>Next: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="177" />
      <source>None yet</source>
      <translation>None yet</translation>
    </message>
  </context>
  <context>
    <name>ProposalPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="88" />
      <source>Proposal</source>
      <translation>Proposal</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="116" />
      <source>no quorum</source>
      <translation>no quorum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="123" />
      <source>Quorum</source>
      <translation>Quorum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="162" />
      <source>Reason for overriding (Enter saves, Esc cancels)</source>
      <translation>Reason for overriding (Enter saves, Esc cancels)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="172" />
      <source>Amended wording (Enter saves it and opens the next round)</source>
      <translation>Amended wording (Enter saves it and opens the next round)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="233" />
      <source>The proposal stays open until you finish typing (Enter saves, Esc cancels).</source>
      <translation>The proposal stays open until you finish typing (Enter saves, Esc cancels).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="239" />
      <source>The proposal panel closed: the agenda item changed.</source>
      <translation>The proposal panel closed: the agenda item changed.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="242" />
      <source>The proposal panel closed: the agenda item changed; Ctrl+D returns to the open round.</source>
      <translation>The proposal panel closed: the agenda item changed; Ctrl+D returns to the open round.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="280" />
      <source>Back to the open round on “%1”: close it before the next proposal.</source>
      <translation>Back to the open round on “%1”: close it before the next proposal.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="288" />
      <source>No note yet: type the proposal as a note, then Ctrl+D.</source>
      <translation>No note yet: type the proposal as a note, then Ctrl+D.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="294" />
      <source>This note is already a proposal; here it is.</source>
      <translation>This note is already a proposal; here it is.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="299" />
      <source>This note's proposal is already decided; here it is. Type a new note for the next proposal.</source>
      <translation>This note's proposal is already decided; here it is. Type a new note for the next proposal.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="319" />
      <source>Proposal made from the last note: %1</source>
      <translation>Proposal made from the last note: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="385" />
      <source>Up/Down method · Tab voice · Enter opens the round · Esc back to notes</source>
      <translation>Up/Down method · Tab voice · Enter opens the round · Esc back to notes</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="406" />
      <source>Type the counts, Enter saves · Ctrl+Enter closes the round · Ctrl+Delete cancels an empty round · Esc notes</source>
      <translation>Type the counts, Enter saves · Ctrl+Enter closes the round · Ctrl+Delete cancels an empty round · Esc notes</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="413" />
      <source>Enter closes the round · Ctrl+Delete cancels an empty round · Esc back to notes</source>
      <translation>Enter closes the round · Ctrl+Delete cancels an empty round · Esc back to notes</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="444" />
      <source>Enter confirms · %1 override with a reason · %2 amend and test again · %3 withdraw · %4 defer · Esc back to notes</source>
      <translation>Enter confirms · %1 override with a reason · %2 amend and test again · %3 withdraw · %4 defer · Esc back to notes</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="430" />
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="576" />
      <source>Decision %1: %2</source>
      <translation>Decision %1: %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="434" />
      <source>Decided · Ctrl+D next proposal · Esc back to notes</source>
      <translation>Decided · Ctrl+D next proposal · Esc back to notes</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="437" />
      <source>Proposed: %1</source>
      <translation>Proposed: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="501" />
      <source>Round open: %1</source>
      <translation>Round open: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="523" />
      <source>Round closed; the rule proposes: %1</source>
      <translation>Round closed; the rule proposes: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="538" />
      <source>Round cancelled; nothing was recorded in it.</source>
      <translation>Round cancelled; nothing was recorded in it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="563" />
      <source>outcome of “%1”</source>
      <translation>outcome of “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="586" />
      <source>proposal: method, voice; Enter opens the round</source>
      <translation>proposal: method, voice; Enter opens the round</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="587" />
      <source>round: the selected person's position (the row moves on)</source>
      <translation>round: the selected person's position (the row moves on)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="588" />
      <source>round: clear the selected position</source>
      <translation>round: clear the selected position</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="589" />
      <source>round: close it; the rule proposes the outcome</source>
      <translation>round: close it; the rule proposes the outcome</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="590" />
      <source>round: cancel it while empty</source>
      <translation>round: cancel it while empty</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="591" />
      <source>outcome: confirm the proposed outcome</source>
      <translation>outcome: confirm the proposed outcome</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="594" />
      <source>outcome: override · amend · withdraw · defer</source>
      <translation>outcome: override · amend · withdraw · defer</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="596" />
      <source>back to the note field (the panel keeps its state)</source>
      <translation>back to the note field (the panel keeps its state)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="601" />
      <source>Keys for override, amend, withdraw, defer: O A W D</source>
      <translation>Keys for override, amend, withdraw, defer: O A W D</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="617" />
      <source>Up/Down outcome · Tab reason · Enter saves · Esc cancels the override</source>
      <translation>Up/Down outcome · Tab reason · Enter saves · Esc cancels the override</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="649" />
      <source>Type the amended wording · Enter saves and opens the next round</source>
      <translation>Type the amended wording · Enter saves and opens the next round</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="659" />
      <source>Wording amended.</source>
      <translation>Wording amended.</translation>
    </message>
  </context>
  <context>
    <name>ProxyDialog</name>
    <message>
      <location filename="../../facilitator/ui/live/proxy_dialog.py" line="36" />
      <source>Proxies in the room</source>
      <translation>Proxies in the room</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proxy_dialog.py" line="55" />
      <source>Let carry</source>
      <translation>Let carry</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proxy_dialog.py" line="58" />
      <source>Badge of</source>
      <translation>Badge of</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proxy_dialog.py" line="59" />
      <source>also carries the voice of</source>
      <translation>also carries the voice of</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proxy_dialog.py" line="64" />
      <source>Take back</source>
      <translation>Take back</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proxy_dialog.py" line="73" />
      <source>A badge carrying another voice shows a second set of choices.</source>
      <translation>A badge carrying another voice shows a second set of choices.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proxy_dialog.py" line="93" />
      <source>%1 carries the voice of %2</source>
      <translation>%1 carries the voice of %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proxy_dialog.py" line="123" />
      <source>Choose the proxy to take back.</source>
      <translation>Choose the proxy to take back.</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="31" />
      <source>&amp;Look in:</source>
      <translation>&amp;Look in:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="32" />
      <source>Files of &amp;type:</source>
      <translation>Files of &amp;type:</translation>
    </message>
  </context>
  <context>
    <name>QShortcut</name>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="36" />
      <source>Ctrl</source>
      <translation>Ctrl</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="37" />
      <source>Shift</source>
      <translation>Shift</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="38" />
      <source>Alt</source>
      <translation>Alt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="39" />
      <source>Del</source>
      <translation>Del</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="40" />
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="41" />
      <source>Ins</source>
      <translation>Ins</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="42" />
      <source>Enter</source>
      <translation>Enter</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="43" />
      <source>Return</source>
      <translation>Return</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="44" />
      <source>Esc</source>
      <translation>Esc</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="45" />
      <source>Escape</source>
      <translation>Escape</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="46" />
      <source>Tab</source>
      <translation>Tab</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="47" />
      <source>Backspace</source>
      <translation>Backspace</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="48" />
      <source>Home</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="49" />
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="50" />
      <source>PgUp</source>
      <translation>PgUp</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="51" />
      <source>PgDown</source>
      <translation>PgDown</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="52" />
      <source>Left</source>
      <translation>Left</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="53" />
      <source>Right</source>
      <translation>Right</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="54" />
      <source>Up</source>
      <translation>Up</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="55" />
      <source>Down</source>
      <translation>Down</translation>
    </message>
  </context>
  <context>
    <name>RegisterPage</name>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="146" />
      <source>Search decisions (title, wording, statement)</source>
      <translation>Search decisions (title, wording, statement)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="152" />
      <source>All outcomes</source>
      <translation>All outcomes</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="206" />
      <source>All workshops</source>
      <translation>All workshops</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="243" />
      <source>No decision matches the search and filters.</source>
      <translation>No decision matches the search and filters.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="246" />
      <source>No decisions yet: proposals decided in this series' workshops (Decisions tab, or Ctrl+D in the live screen) are listed here.</source>
      <translation>No decisions yet: proposals decided in this series' workshops (Decisions tab, or Ctrl+D in the live screen) are listed here.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/decisions/register_page.py" line="251" />
      <source>%n decision(s)</source>
      <translation>
        <numerusform>%n decision</numerusform>
        <numerusform>%n decisions</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="253" />
      <source>%1 due for review</source>
      <translation>%1 due for review</translation>
    </message>
  </context>
  <context>
    <name>RegisterTableModel</name>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="88" />
      <location filename="../../facilitator/ui/decisions/register_page.py" line="191" />
      <source>%1 (due)</source>
      <translation>%1 (due)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="101" />
      <source>The review date has come: review this decision.</source>
      <translation>The review date has come: review this decision.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="125" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="126" />
      <source>Workshop</source>
      <translation>Workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="127" />
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="128" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="129" />
      <source>Statement</source>
      <translation>Statement</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="130" />
      <source>Review</source>
      <translation>Review</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="46" />
      <source>Damaged database</source>
      <translation>Damaged database</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="52" />
      <source>The database file is damaged and cannot be used safely.</source>
      <translation>The database file is damaged and cannot be used safely.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="56" />
      <source>File: %1</source>
      <translation>File: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="57" />
      <source>Nothing has been written to it.</source>
      <translation>Nothing has been written to it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="58" />
      <source>Details: %1</source>
      <translation>Details: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="64" />
      <source>The newest verified backup is from %1 at %2.</source>
      <translation>The newest verified backup is from %1 at %2.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="70" />
      <source>Restoring puts that backup in place of the damaged file; changes made after it was taken are not in it. The damaged file is kept in the same folder as %1.</source>
      <translation>Restoring puts that backup in place of the damaged file; changes made after it was taken are not in it. The damaged file is kept in the same folder as %1.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="76" />
      <source>There is no verified backup of this file to restore.</source>
      <translation>There is no verified backup of this file to restore.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="92" />
      <source>&amp;Restore the backup</source>
      <translation>&amp;Restore the backup</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="96" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="44" />
      <source>never</source>
      <translation>never</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="47" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="50" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="55" />
      <source>Last workshop</source>
      <translation>Last workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="60" />
      <source>Workshops</source>
      <translation>Workshops</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="88" />
      <source>Retention of personal data</source>
      <translation>Retention of personal data</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="93" />
      <source> years</source>
      <translation> years</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="96" />
      <source>People not seen in any &amp;workshop for more than</source>
      <translation>People not seen in any &amp;workshop for more than</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="115" />
      <source>&amp;Anonymise selected…</source>
      <translation>&amp;Anonymise selected…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="136" />
      <source>%n person(s)</source>
      <translation>
        <numerusform>%n person</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RoadmapView</name>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="501" />
      <source>Months</source>
      <translation>Months</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="502" />
      <source>Quarters</source>
      <translation>Quarters</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="503" />
      <source>Go to today</source>
      <translation>Go to today</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="504" />
      <source>New commitment</source>
      <translation>New commitment</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="506" />
      <source>Add a commitment straight to this roadmap, not made at a workshop</source>
      <translation>Add a commitment straight to this roadmap, not made at a workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="526" />
      <source>No commitments on this roadmap yet. Commitments made at the series' workshops (Commitments tab, or Ctrl+T on the live screen) appear here as bars from their start to their due date.</source>
      <translation>No commitments on this roadmap yet. Commitments made at the series' workshops (Commitments tab, or Ctrl+T on the live screen) appear here as bars from their start to their due date.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="544" />
      <source>Zoom:</source>
      <translation>Zoom:</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="611" />
      <source>of %n organization(s)</source>
      <translation>
        <numerusform>of %n organization</numerusform>
        <numerusform>of %n organizations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="612" />
      <source>%n commitment(s) %1</source>
      <translation>
        <numerusform>%n commitment %1</numerusform>
        <numerusform>%n commitments %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="614" />
      <source>%1 without dates (not drawn)</source>
      <translation>%1 without dates (not drawn)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="733" />
      <source>add phase %1</source>
      <translation>add phase %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="750" />
      <source>edit phase %1</source>
      <translation>edit phase %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="773" />
      <source>delete phase %1</source>
      <translation>delete phase %1</translation>
    </message>
  </context>
  <context>
    <name>RoomControl</name>
    <message>
      <location filename="../../facilitator/ui/live/room_control.py" line="119" />
      <source>%1 gave a position again from their phone: %2 (was %3).</source>
      <translation>%1 gave a position again from their phone: %2 (was %3).</translation>
    </message>
  </context>
  <context>
    <name>RoomPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="48" />
      <source>Room on phones</source>
      <translation>Room on phones</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="58" />
      <source>Windows may ask whether Facilitator may use the network: allow it on private networks, or no phone can connect.</source>
      <translation>Windows may ask whether Facilitator may use the network: allow it on private networks, or no phone can connect.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="68" />
      <source>Idea box open</source>
      <translation>Idea box open</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="73" />
      <source>Approve (Enter)</source>
      <translation>Approve (Enter)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="75" />
      <source>Reject (Del)</source>
      <translation>Reject (Del)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="80" />
      <source>Proxies…</source>
      <translation>Proxies…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="99" />
      <source>Wi-Fi: %1</source>
      <translation>Wi-Fi: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="102" />
      <source>room code %1</source>
      <translation>room code %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="107" />
      <source>Another program uses the room's usual port, so name badges printed before do not open this room: print them again (Documents menu) while it is open, or close that program and open the room again.</source>
      <translation>Another program uses the room's usual port, so name badges printed before do not open this room: print them again (Documents menu) while it is open, or close that program and open the room again.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/room_panel.py" line="138" />
      <source>%n idea(s) waiting</source>
      <translation>
        <numerusform>%n idea waiting</numerusform>
        <numerusform>%n ideas waiting</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="158" />
      <source>The idea box is open: phones can send ideas.</source>
      <translation>The idea box is open: phones can send ideas.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="160" />
      <source>The idea box is closed.</source>
      <translation>The idea box is closed.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="179" />
      <source>On the board: %1</source>
      <translation>On the board: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="192" />
      <source>The idea stays off the board.</source>
      <translation>The idea stays off the board.</translation>
    </message>
  </context>
  <context>
    <name>RoundGrid</name>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="314" />
      <source>Reason for the selected position (Enter saves)</source>
      <translation>Reason for the selected position (Enter saves)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="356" />
      <source>Counts only: how many of each the room shows.</source>
      <translation>Counts only: how many of each the room shows.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="372" />
      <source>No attendee represents an institution: record the institutions on the Attendees tab, or vote per person or by counts.</source>
      <translation>No attendee represents an institution: record the institutions on the Attendees tab, or vote per person or by counts.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="378" />
      <source>Nobody attends this workshop yet: add attendees, or use counts only.</source>
      <translation>Nobody attends this workshop yet: add attendees, or use counts only.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="413" />
      <source>%1 of %2 gave no position</source>
      <translation>%1 of %2 gave no position</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="438" />
      <source>%1: press Enter again to close the round.</source>
      <translation>%1: press Enter again to close the round.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="450" />
      <source>nobody checked in yet</source>
      <translation>nobody checked in yet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="453" />
      <source>%1 of %2 recorded</source>
      <translation>%1 of %2 recorded</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="499" />
      <source>position of %1 (marked present)</source>
      <translation>position of %1 (marked present)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="527" />
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="561" />
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="531" />
      <source>%1: %2 — now marked present (Ctrl+Z takes back both).</source>
      <translation>%1: %2 — now marked present (Ctrl+Z takes back both).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="539" />
      <source>%1: %2 — %3 is now marked present (Ctrl+Z takes back both).</source>
      <translation>%1: %2 — %3 is now marked present (Ctrl+Z takes back both).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="585" />
      <source>%1: cleared</source>
      <translation>%1: cleared</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="594" />
      <source>Record a position first, then its reason.</source>
      <translation>Record a position first, then its reason.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="616" />
      <source>Counts saved.</source>
      <translation>Counts saved.</translation>
    </message>
  </context>
  <context>
    <name>RoundGridModel</name>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="85" />
      <source>not checked in</source>
      <translation>not checked in</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="86" />
      <source>declined</source>
      <translation>declined</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="87" />
      <source>recorded absent</source>
      <translation>recorded absent</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="170" />
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="176" />
      <source>Institution</source>
      <translation>Institution</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="170" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="174" />
      <source>Present</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="178" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
  </context>
  <context>
    <name>SenderSection</name>
    <message>
      <location filename="../../facilitator/ui/settings/sender_settings.py" line="50" />
      <source>Sender of the minutes</source>
      <translation>Sender of the minutes</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/sender_settings.py" line="56" />
      <source>e.g. Project coordinator, Kent Gönüllüleri Derneği</source>
      <translation>e.g. Project coordinator, Kent Gönüllüleri Derneği</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/sender_settings.py" line="63" />
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/sender_settings.py" line="64" />
      <source>&amp;Role</source>
      <translation>&amp;Role</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/sender_settings.py" line="65" />
      <source>&amp;E-mail address</source>
      <translation>&amp;E-mail address</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/sender_settings.py" line="67" />
      <source>They sign the e-mail drafts that send the minutes.</source>
      <translation>They sign the e-mail drafts that send the minutes.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/sender_settings.py" line="79" />
      <source>“%1” is not an e-mail address that can be used.</source>
      <translation>“%1” is not an e-mail address that can be used.</translation>
    </message>
  </context>
  <context>
    <name>SeriesPage</name>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="64" />
      <source>&amp;Title</source>
      <translation>&amp;Title</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="65" />
      <source>&amp;Coordinating organization</source>
      <translation>&amp;Coordinating organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="66" />
      <source>&amp;Description</source>
      <translation>&amp;Description</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="73" />
      <source>Deta&amp;ils</source>
      <translation>Deta&amp;ils</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="77" />
      <source>Roadmap</source>
      <translation>Roadmap</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="79" />
      <source>Contribution matrix</source>
      <translation>Contribution matrix</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="81" />
      <source>Indicators</source>
      <translation>Indicators</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="83" />
      <source>Decision register</source>
      <translation>Decision register</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="114" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="147" />
      <source>This series could not be shown</source>
      <translation>This series could not be shown</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="189" />
      <source>title</source>
      <translation>title</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="190" />
      <source>coordinating organization</source>
      <translation>coordinating organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="191" />
      <source>description</source>
      <translation>description</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="203" />
      <source>Change the %1</source>
      <translation>Change the %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/series/series_page.py" line="226" />
      <source>%n workshop(s)</source>
      <translation>
        <numerusform>%n workshop</numerusform>
        <numerusform>%n workshops</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="199" />
      <source>No series is open.</source>
      <translation>No series is open.</translation>
    </message>
  </context>
  <context>
    <name>SeriesTreeModel</name>
    <message>
      <location filename="../../facilitator/ui/series/series_tree_model.py" line="87" />
      <source>Series and workshops</source>
      <translation>Series and workshops</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_tree_model.py" line="87" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>ServerLink</name>
    <message>
      <location filename="../../facilitator/ui/kit/remote_changes.py" line="72" />
      <source>The connection to the database server is lost: changes cannot be saved until it is back. Facilitator reconnects by itself.</source>
      <translation>The connection to the database server is lost: changes cannot be saved until it is back. Facilitator reconnects by itself.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/remote_changes.py" line="101" />
      <location filename="../../facilitator/ui/kit/remote_changes.py" line="111" />
      <source>Connected to the database server again.</source>
      <translation>Connected to the database server again.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../facilitator/ui/settings/settings_dialog.py" line="20" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/settings_dialog.py" line="26" />
      <source>Interface &amp;language</source>
      <translation>Interface &amp;language</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/settings_dialog.py" line="33" />
      <source>Sender</source>
      <translation>Sender</translation>
    </message>
  </context>
  <context>
    <name>SheetColumns</name>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="23" />
      <source>Organi&amp;zation</source>
      <translation>Organi&amp;zation</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="24" />
      <source>Posi&amp;tion</source>
      <translation>Posi&amp;tion</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="25" />
      <source>E-&amp;mail</source>
      <translation>E-&amp;mail</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="26" />
      <source>&amp;Gender</source>
      <translation>&amp;Gender</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="27" />
      <source>P&amp;hoto consent</source>
      <translation>P&amp;hoto consent</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="28" />
      <source>Signat&amp;ure</source>
      <translation>Signat&amp;ure</translation>
    </message>
  </context>
  <context>
    <name>SheetColumnsRow</name>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="57" />
      <source>Columns:</source>
      <translation>Columns:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="66" />
      <source>Printed only for attendees who agreed to share their contact details</source>
      <translation>Printed only for attendees who agreed to share their contact details</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="68" />
      <source>Filled in by each attendee</source>
      <translation>Filled in by each attendee</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="69" />
      <source>Each attendee ticks yes or no</source>
      <translation>Each attendee ticks yes or no</translation>
    </message>
  </context>
  <context>
    <name>SpeakersPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="91" />
      <source>Speakers</source>
      <translation>Speakers</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="93" />
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="171" />
      <source>Nobody is speaking</source>
      <translation>Nobody is speaking</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="108" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="109" />
      <source>no limit</source>
      <translation>no limit</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="111" />
      <source>First-timers first</source>
      <translation>First-timers first</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="112" />
      <source>People who have not spoken yet go to the front</source>
      <translation>People who have not spoken yet go to the front</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="116" />
      <source>Turn limit</source>
      <translation>Turn limit</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="123" />
      <source>Ctrl+S: add an attendee to the queue…</source>
      <translation>Ctrl+S: add an attendee to the queue…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="126" />
      <source>No attendee matches “%1”. Enter adds them as a walk-in.</source>
      <translation>No attendee matches “%1”. Enter adds them as a walk-in.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="177" />
      <source>Next: %1 (Ctrl+N)</source>
      <translation>Next: %1 (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="179" />
      <source>Nobody is waiting</source>
      <translation>Nobody is waiting</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="211" />
      <source>Time is nearly up</source>
      <translation>Time is nearly up</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="212" />
      <source>Over the time limit</source>
      <translation>Over the time limit</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="244" />
      <source>Turn limit: %1</source>
      <translation>Turn limit: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="246" />
      <source>Turns have no time limit.</source>
      <translation>Turns have no time limit.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="253" />
      <source>People who have not spoken yet go first.</source>
      <translation>People who have not spoken yet go first.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="255" />
      <source>The queue is in the order people asked.</source>
      <translation>The queue is in the order people asked.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="290" />
      <source>queue request of %1 (marked present)</source>
      <translation>queue request of %1 (marked present)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="311" />
      <source>%1 is in the queue.</source>
      <translation>%1 is in the queue.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="313" />
      <source>%1 is in the queue and now marked present — Ctrl+Z takes both back.</source>
      <translation>%1 is in the queue and now marked present — Ctrl+Z takes both back.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="342" />
      <source>%1 has the floor.</source>
      <translation>%1 has the floor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="344" />
      <source>The turn ended; nobody is waiting.</source>
      <translation>The turn ended; nobody is waiting.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="355" />
      <source>Nobody is speaking.</source>
      <translation>Nobody is speaking.</translation>
    </message>
  </context>
  <context>
    <name>SummaryPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="55" />
      <source>The session has ended: %1–%2, %3 min.</source>
      <translation>The session has ended: %1–%2, %3 min.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="61" />
      <source>The session has ended.</source>
      <translation>The session has ended.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="70" />
      <source>None.</source>
      <translation>None.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="75" />
      <source>Agenda items reached: %1 of %2</source>
      <translation>Agenda items reached: %1 of %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="81" />
      <source>%1 — %2 min (planned %3)</source>
      <translation>%1 — %2 min (planned %3)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="93" />
      <source>Not reached: %1</source>
      <translation>Not reached: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="95" />
      <source>%1 (planned %2 min)</source>
      <translation>%1 (planned %2 min)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="100" />
      <source>Notes: %1</source>
      <translation>Notes: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="104" />
      <source>Decisions: %1</source>
      <translation>Decisions: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="113" />
      <source>Commitments: %1</source>
      <translation>Commitments: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="122" />
      <source>Speaking time by sector</source>
      <translation>Speaking time by sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="125" />
      <source>%1: %2 min (speakers: %3)</source>
      <translation>%1: %2 min (speakers: %3)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="128" />
      <source>No organization</source>
      <translation>No organization</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="110" />
      <source>Start from a template</source>
      <translation>Start from a template</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="123" />
      <source>&amp;Delete template</source>
      <translation>&amp;Delete template</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="125" />
      <source>&amp;Replace the current agenda</source>
      <translation>&amp;Replace the current agenda</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="126" />
      <source>&amp;Add after the current items</source>
      <translation>&amp;Add after the current items</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="137" />
      <source>Use template</source>
      <translation>Use template</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="164" />
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="168" />
      <source>Total: %1 min</source>
      <translation>Total: %1 min</translation>
    </message>
  </context>
  <context>
    <name>TimeZones</name>
    <message>
      <location filename="../../facilitator/ui/kit/timefmt.py" line="105" />
      <source>%1 time, %2</source>
      <translation>%1 time, %2</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <location filename="../../facilitator/ui/commitments/timeline_scene.py" line="152" />
      <source>overdue</source>
      <translation>overdue</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="287" />
      <source>Q%1 %2</source>
      <translation>Q%1 %2</translation>
    </message>
  </context>
  <context>
    <name>WorkshopPage</name>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="109" />
      <source>&amp;Overview</source>
      <translation>&amp;Overview</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="235" />
      <source>This workshop could not be shown</source>
      <translation>This workshop could not be shown</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="253" />
      <source>%1. Workshop — </source>
      <translation>%1. Workshop — </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="267" />
      <source>host: %1</source>
      <translation>host: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="274" />
      <source>&amp;Attendees %1</source>
      <translation>&amp;Attendees %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="275" />
      <source>A&amp;genda %1</source>
      <translation>A&amp;genda %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="276" />
      <source>&amp;Notes %1</source>
      <translation>&amp;Notes %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="277" />
      <source>Ideas %1</source>
      <translation>Ideas %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="278" />
      <source>&amp;Decisions %1</source>
      <translation>&amp;Decisions %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="279" />
      <source>&amp;Commitments %1</source>
      <translation>&amp;Commitments %1</translation>
    </message>
  </context>
  <context>
    <name>_LogoField</name>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="180" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="182" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
  </context>
</TS>
