<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name />
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="76" />
      <source>Facilitator</source>
      <translation>Facilitator</translation>
    </message>
  </context>
  <context>
    <name>About</name>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="29" />
      <source>Run multi-stakeholder workshops offline: attendees, timed agenda, notes, consensus decisions, commitments and minutes.</source>
      <translation>Run multi-stakeholder workshops offline: attendees, timed agenda, notes, consensus decisions, commitments and minutes.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="34" />
      <source>Facilitator is free software under the GNU General Public License, version 3 or later.</source>
      <translation>Facilitator is free software under the GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="38" />
      <source>Components and their licences</source>
      <translation>Components and their licences</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="50" />
      <source>About Facilitator</source>
      <translation>About Facilitator</translation>
    </message>
  </context>
  <context>
    <name>AgendaItemDelegate</name>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="297" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="306" />
      <source> min</source>
      <translation> min</translation>
    </message>
  </context>
  <context>
    <name>AgendaKind</name>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="56" />
      <source>Opening</source>
      <translation>Opening</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="57" />
      <source>Talk</source>
      <translation>Talk</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="58" />
      <source>Discussion</source>
      <translation>Discussion</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="59" />
      <source>Group work</source>
      <translation>Group work</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="60" />
      <source>Break</source>
      <translation>Break</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="61" />
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="62" />
      <source>Closing</source>
      <translation>Closing</translation>
    </message>
  </context>
  <context>
    <name>AgendaPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="125" />
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
  </context>
  <context>
    <name>AgendaTab</name>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="86" />
      <source>1 item</source>
      <translation>1 item</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="87" />
      <source>%1 items</source>
      <translation>%1 items</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="259" />
      <source>Save as template</source>
      <translation>Save as template</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="260" />
      <source>Name of the template:</source>
      <translation>Name of the template:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="383" />
      <source>New item: type its title and press Enter</source>
      <translation>New item: type its title and press Enter</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="385" />
      <source>The new item goes after the selected one, or at the end.</source>
      <translation>The new item goes after the selected one, or at the end.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="392" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="393" />
      <source>Planned minutes of the new item</source>
      <translation>Planned minutes of the new item</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="394" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="397" />
      <source>Insert &amp;break</source>
      <translation>Insert &amp;break</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="398" />
      <source>&amp;Delete item</source>
      <translation>&amp;Delete item</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="402" />
      <source>Move &amp;up</source>
      <translation>Move &amp;up</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="404" />
      <source>Move dow&amp;n</source>
      <translation>Move dow&amp;n</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="407" />
      <source>&amp;Copy from a workshop…</source>
      <translation>&amp;Copy from a workshop…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="410" />
      <source>&amp;Save as template…</source>
      <translation>&amp;Save as template…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="413" />
      <source>Start from a &amp;template…</source>
      <translation>Start from a &amp;template…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="418" />
      <source>&amp;Templates</source>
      <translation>&amp;Templates</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="530" />
      <source>Start from a template…</source>
      <translation>Start from a template…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="532" />
      <source>Copy from an earlier workshop…</source>
      <translation>Copy from an earlier workshop…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="588" />
      <source>&lt;h3&gt;No agenda yet&lt;/h3&gt;&lt;p&gt;Build the timed agenda of this workshop: type the title of the first item in the field below and press Enter, then the next one. Start times are counted from the workshop's start at %1; the total is checked against its planned end at %2.&lt;/p&gt;&lt;p&gt;Or begin with an agenda that already exists:&lt;/p&gt;</source>
      <translation>&lt;h3&gt;No agenda yet&lt;/h3&gt;&lt;p&gt;Build the timed agenda of this workshop: type the title of the first item in the field below and press Enter, then the next one. Start times are counted from the workshop's start at %1; the total is checked against its planned end at %2.&lt;/p&gt;&lt;p&gt;Or begin with an agenda that already exists:&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="604" />
      <source>%1, %2 min planned · workshop %3 (%4 min)</source>
      <translation>%1, %2 min planned · workshop %3 (%4 min)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="616" />
      <source>%1 min over the planned end: the agenda ends at %2</source>
      <translation>%1 min over the planned end: the agenda ends at %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="623" />
      <source>%1 min to spare: the agenda ends at %2</source>
      <translation>%1 min to spare: the agenda ends at %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="629" />
      <source>Ends on time at %1</source>
      <translation>Ends on time at %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="736" />
      <source>Rename “%1”</source>
      <translation>Rename “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="737" />
      <source>Change the kind of “%1”</source>
      <translation>Change the kind of “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="738" />
      <source>Change the minutes of “%1”</source>
      <translation>Change the minutes of “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="739" />
      <source>Change the presenter of “%1”</source>
      <translation>Change the presenter of “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="740" />
      <source>Change the goal of “%1”</source>
      <translation>Change the goal of “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="782" />
      <source>Type the title of the new item, then press Enter.</source>
      <translation>Type the title of the new item, then press Enter.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="798" />
      <source>Add “%1”</source>
      <translation>Add “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="809" />
      <source>Coffee break</source>
      <translation>Coffee break</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="815" />
      <source>Insert a break after “%1”</source>
      <translation>Insert a break after “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="837" />
      <source>Delete “%1”</source>
      <translation>Delete “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="858" />
      <source>Move “%1”</source>
      <translation>Move “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="888" />
      <source>No other workshop has an agenda to copy yet.</source>
      <translation>No other workshop has an agenda to copy yet.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="901" />
      <source>Copy the agenda of “%1”</source>
      <translation>Copy the agenda of “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="918" />
      <source>Replace it with this agenda?</source>
      <translation>Replace it with this agenda?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="919" />
      <source>Replace template</source>
      <translation>Replace template</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="926" />
      <source>Saved as the template “%1” (%2).</source>
      <translation>Saved as the template “%1” (%2).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="938" />
      <source>Delete the template “%1”? Agendas made from it stay as they are.</source>
      <translation>Delete the template “%1”? Agendas made from it stay as they are.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="940" />
      <source>Delete template</source>
      <translation>Delete template</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="945" />
      <source>Cannot delete the template</source>
      <translation>Cannot delete the template</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="957" />
      <source>No template yet. Build an agenda, then keep it with Templates › Save as template.</source>
      <translation>No template yet. Build an agenda, then keep it with Templates › Save as template.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="975" />
      <source>Start from the template “%1”</source>
      <translation>Start from the template “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="975" />
      <source>Add the template “%1”</source>
      <translation>Add the template “%1”</translation>
    </message>
  </context>
  <context>
    <name>AgendaTableModel</name>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="162" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="185" />
      <source>Ends after the planned end of the workshop.</source>
      <translation>Ends after the planned end of the workshop.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="197" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="198" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="199" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="200" />
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="201" />
      <source>Presenter</source>
      <translation>Presenter</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="202" />
      <source>Goal</source>
      <translation>Goal</translation>
    </message>
  </context>
  <context>
    <name>AttendeeExport</name>
    <message>
      <location filename="../../facilitator/ui/attendee_export_action.py" line="30" />
      <source>Attendees</source>
      <translation>Attendees</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendee_export_action.py" line="39" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendee_export_action.py" line="40" />
      <source>CSV, UTF-8 (*.csv)</source>
      <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendee_export_action.py" line="43" />
      <location filename="../../facilitator/ui/attendee_export_action.py" line="57" />
      <source>Export attendees</source>
      <translation>Export attendees</translation>
    </message>
  </context>
  <context>
    <name>Attendees</name>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="51" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="54" />
      <source>Represents</source>
      <translation>Represents</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="57" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="60" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="63" />
      <source>Invitation</source>
      <translation>Invitation</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="68" />
      <source>Attendance</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="81" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
  </context>
  <context>
    <name>AttendeesTab</name>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="140" />
      <source>Add people: type a name, organization or e-mail…</source>
      <translation>Add people: type a name, organization or e-mail…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="155" />
      <source>&amp;New person…</source>
      <translation>&amp;New person…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="160" />
      <source>I&amp;mport…</source>
      <translation>I&amp;mport…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="161" />
      <source>Import attendees from a CSV or Excel file</source>
      <translation>Import attendees from a CSV or Excel file</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="163" />
      <source>E&amp;xport…</source>
      <translation>E&amp;xport…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="164" />
      <source>Save the attendees as CSV or Excel</source>
      <translation>Save the attendees as CSV or Excel</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="171" />
      <source>Filter attendees…</source>
      <translation>Filter attendees…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="192" />
      <source>&lt;h3&gt;No attendees yet&lt;/h3&gt;&lt;p&gt;Type a name in the field above to add people from the directory, press &lt;b&gt;New person…&lt;/b&gt; for someone who is not in it yet, or import a list from a spreadsheet.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;No attendees yet&lt;/h3&gt;&lt;p&gt;Type a name in the field above to add people from the directory, press &lt;b&gt;New person…&lt;/b&gt; for someone who is not in it yet, or import a list from a spreadsheet.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="216" />
      <source>&amp;Role</source>
      <translation>&amp;Role</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="217" />
      <source>Represents</source>
      <translation>Represents</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="218" />
      <source>In&amp;vitation</source>
      <translation>In&amp;vitation</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="219" />
      <source>Atten&amp;dance</source>
      <translation>Atten&amp;dance</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="230" />
      <source>&amp;Invite</source>
      <translation>&amp;Invite</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="238" />
      <source>Mark &amp;present</source>
      <translation>Mark &amp;present</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="234" />
      <source>&amp;Confirm</source>
      <translation>&amp;Confirm</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="242" />
      <source>Remove from wor&amp;kshop</source>
      <translation>Remove from wor&amp;kshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="295" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="325" />
      <source>%1 attendees</source>
      <translation>%1 attendees</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="340" />
      <source>By sector: %1</source>
      <translation>By sector: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="365" />
      <source>%1 selected</source>
      <translation>%1 selected</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="367" />
      <source>Select attendees to edit them</source>
      <translation>Select attendees to edit them</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="402" />
      <source>Change %1 of %2</source>
      <translation>Change %1 of %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="405" />
      <source>Change %1 of %2 attendees</source>
      <translation>Change %1 of %2 attendees</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="420" />
      <source>the role</source>
      <translation>the role</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="421" />
      <source>the organization represented</source>
      <translation>the organization represented</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="422" />
      <source>the invitation</source>
      <translation>the invitation</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="423" />
      <source>the attendance</source>
      <translation>the attendance</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="479" />
      <source>Add %1</source>
      <translation>Add %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="494" />
      <source>Cannot add the person</source>
      <translation>Cannot add the person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="510" />
      <source>Remove %1</source>
      <translation>Remove %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="512" />
      <source>Remove %1 attendees</source>
      <translation>Remove %1 attendees</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="548" />
      <source>Import %1 attendees</source>
      <translation>Import %1 attendees</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="559" />
      <source>Cannot export</source>
      <translation>Cannot export</translation>
    </message>
  </context>
  <context>
    <name>CheckInPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="43" />
      <source>Check-in</source>
      <translation>Check-in</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="48" />
      <source>Ctrl+I: find an attendee, Enter: present / not; Ctrl+W: walk-in</source>
      <translation>Ctrl+I: find an attendee, Enter: present / not; Ctrl+W: walk-in</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="76" />
      <source>%1 present of %2 attendees</source>
      <translation>%1 present of %2 attendees</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="104" />
      <source>%1 is present.</source>
      <translation>%1 is present.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="104" />
      <source>%1 is no longer marked present.</source>
      <translation>%1 is no longer marked present.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="115" />
      <source>Type the walk-in's name in the check-in field first.</source>
      <translation>Type the walk-in's name in the check-in field first.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="126" />
      <source>%1 added as a walk-in, present.</source>
      <translation>%1 added as a walk-in, present.</translation>
    </message>
  </context>
  <context>
    <name>CopyAgendaDialog</name>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="98" />
      <source>Copy an agenda</source>
      <translation>Copy an agenda</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="106" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="113" />
      <source>&amp;Add after the current items</source>
      <translation>&amp;Add after the current items</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="114" />
      <source>&amp;Replace the current agenda</source>
      <translation>&amp;Replace the current agenda</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="125" />
      <source>Copy</source>
      <translation>Copy</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="130" />
      <source>Copy the agenda of:</source>
      <translation>Copy the agenda of:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="135" />
      <source>Presenters are kept only if they attend this workshop too.</source>
      <translation>Presenters are kept only if they attend this workshop too.</translation>
    </message>
  </context>
  <context>
    <name>CurrentItemHeader</name>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="75" />
      <source>The session has ended</source>
      <translation>The session has ended</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="77" />
      <source>No agenda item is running</source>
      <translation>No agenda item is running</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="80" />
      <source>Next: %1 (%2 min) — Ctrl+→</source>
      <translation>Next: %1 (%2 min) — Ctrl+→</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="84" />
      <source>Next: — (this is the last item)</source>
      <translation>Next: — (this is the last item)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="114" />
      <source>Session %1 · planned end %2 · %3 left</source>
      <translation>Session %1 · planned end %2 · %3 left</translation>
    </message>
  </context>
  <context>
    <name>Directory</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="55" />
      <location filename="../../facilitator/ui/directory_page.py" line="83" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="58" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="63" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="66" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="69" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="86" />
      <source>Short name</source>
      <translation>Short name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="89" />
      <source>Sector</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="92" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="95" />
      <source>People</source>
      <translation>People</translation>
    </message>
  </context>
  <context>
    <name>DirectoryPage</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="482" />
      <source>&amp;People</source>
      <translation>&amp;People</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="483" />
      <source>O&amp;rganizations</source>
      <translation>O&amp;rganizations</translation>
    </message>
  </context>
  <context>
    <name>DirectoryPane</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="135" />
      <source>&amp;Delete</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="137" />
      <source>&amp;Merge into…</source>
      <translation>&amp;Merge into…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="181" />
      <source>%1 of %2</source>
      <translation>%1 of %2</translation>
    </message>
  </context>
  <context>
    <name>EmptyPage</name>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="49" />
      <source>&lt;h2&gt;No workshop yet&lt;/h2&gt;&lt;p&gt;Start by creating a series (a theme with its workshops) or a single workshop. People and organizations you add are kept in the directory for every workshop.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;No workshop yet&lt;/h2&gt;&lt;p&gt;Start by creating a series (a theme with its workshops) or a single workshop. People and organizations you add are kept in the directory for every workshop.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../facilitator/services/_common.py" line="24" />
      <source>{value} is not a valid {what} number.</source>
      <translation>{value} is not a valid {what} number.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="35" />
      <source>The {what} #{id} no longer exists.</source>
      <translation>The {what} #{id} no longer exists.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="45" />
      <source>{label} must be text.</source>
      <translation>{label} must be text.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="51" />
      <source>{label} contains characters that cannot be stored.</source>
      <translation>{label} contains characters that cannot be stored.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="60" />
      <source>{label} cannot be empty.</source>
      <translation>{label} cannot be empty.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="64" />
      <source>{label} is too long (at most {n} characters).</source>
      <translation>{label} is too long (at most {n} characters).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="75" />
      <source>{label} must be a date and time.</source>
      <translation>{label} must be a date and time.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="79" />
      <source>{label} has no time zone.</source>
      <translation>{label} has no time zone.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="83" />
      <location filename="../../facilitator/services/_common.py" line="97" />
      <source>{label} is out of range (years 1900–2200).</source>
      <translation>{label} is out of range (years 1900–2200).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="93" />
      <source>{label} must be a date.</source>
      <translation>{label} must be a date.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="106" />
      <source>{label} must be yes or no.</source>
      <translation>{label} must be yes or no.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="116" />
      <source>A search must be text.</source>
      <translation>A search must be text.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="125" />
      <source>“{value}” is not a valid {label}.</source>
      <translation>“{value}” is not a valid {label}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="142" />
      <source> and {n} more</source>
      <translation> and {n} more</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="103" />
      <source>An organization named “{name}” already exists.</source>
      <translation>An organization named “{name}” already exists.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="148" />
      <source>{name} already attends this workshop.</source>
      <translation>{name} already attends this workshop.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="155" />
      <location filename="../../facilitator/services/attendees.py" line="203" />
      <location filename="../../facilitator/services/directory.py" line="138" />
      <location filename="../../facilitator/services/directory.py" line="179" />
      <location filename="../../facilitator/services/directory.py" line="220" />
      <location filename="../../facilitator/services/directory.py" line="272" />
      <location filename="../../facilitator/services/live.py" line="1187" />
      <location filename="../../facilitator/services/merge.py" line="126" />
      <location filename="../../facilitator/services/merge.py" line="127" />
      <location filename="../../facilitator/services/series.py" line="45" />
      <location filename="../../facilitator/services/workshops.py" line="128" />
      <source>organization</source>
      <translation>organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="208" />
      <source>Some of these attendees no longer exist.</source>
      <translation>Some of these attendees no longer exist.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="237" />
      <location filename="../../facilitator/services/live.py" line="1145" />
      <source>attendee</source>
      <translation>attendee</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="193" />
      <source>{n} people</source>
      <translation>{n} people</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="197" />
      <location filename="../../facilitator/services/directory.py" line="396" />
      <source>{n} commitments</source>
      <translation>{n} commitments</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="204" />
      <source>attendees of {n} workshops</source>
      <translation>attendees of {n} workshops</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="206" />
      <source>{n} hosted workshops</source>
      <translation>{n} hosted workshops</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="208" />
      <source>{n} coordinated series</source>
      <translation>{n} coordinated series</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="213" />
      <location filename="../../facilitator/services/directory.py" line="395" />
      <source>{n} recorded positions</source>
      <translation>{n} recorded positions</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="224" />
      <source>“{name}” cannot be deleted: {refs} refer to it.</source>
      <translation>“{name}” cannot be deleted: {refs} refer to it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="265" />
      <source>“{email}” is not an e-mail address.</source>
      <translation>“{email}” is not an e-mail address.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="194" />
      <location filename="../../facilitator/services/live.py" line="836" />
      <location filename="../../facilitator/services/live.py" line="951" />
      <source>agenda item</source>
      <translation>agenda item</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="242" />
      <source>The presenter must be a person attending the workshop.</source>
      <translation>The presenter must be a person attending the workshop.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="103" />
      <location filename="../../facilitator/services/attendees.py" line="140" />
      <location filename="../../facilitator/services/directory.py" line="315" />
      <location filename="../../facilitator/services/directory.py" line="325" />
      <location filename="../../facilitator/services/directory.py" line="407" />
      <location filename="../../facilitator/services/directory.py" line="446" />
      <location filename="../../facilitator/services/merge.py" line="63" />
      <location filename="../../facilitator/services/merge.py" line="64" />
      <location filename="../../facilitator/services/workshops.py" line="133" />
      <source>person</source>
      <translation>person</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="111" />
      <source>{name} does not attend this workshop; add them as an attendee first.</source>
      <translation>{name} does not attend this workshop; add them as an attendee first.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="252" />
      <source>Planned minutes must be a whole number from 0 to {n}.</source>
      <translation>Planned minutes must be a whole number from 0 to {n}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="342" />
      <source>The agenda item “{title}” is already there.</source>
      <translation>The agenda item “{title}” is already there.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="448" />
      <location filename="../../facilitator/services/agenda.py" line="518" />
      <source>The position must be between 1 and {n}.</source>
      <translation>The position must be between 1 and {n}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="534" />
      <source>Some of these agenda items no longer exist.</source>
      <translation>Some of these agenda items no longer exist.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="590" />
      <source>Choose another workshop to copy the agenda from.</source>
      <translation>Choose another workshop to copy the agenda from.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="595" />
      <source>“{title}” has no agenda to copy.</source>
      <translation>“{title}” has no agenda to copy.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="657" />
      <source>The agenda is empty: there is nothing to save as a template.</source>
      <translation>The agenda is empty: there is nothing to save as a template.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="666" />
      <source>A template named “{name}” already exists.</source>
      <translation>A template named “{name}” already exists.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="695" />
      <location filename="../../facilitator/services/agenda.py" line="704" />
      <source>template</source>
      <translation>template</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="707" />
      <source>The template “{name}” has no items.</source>
      <translation>The template “{name}” has no items.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="381" />
      <source>attends {n} workshops</source>
      <translation>attends {n} workshops</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="389" />
      <source>moderates {n} workshops</source>
      <translation>moderates {n} workshops</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="393" />
      <source>{n} attributed notes</source>
      <translation>{n} attributed notes</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="394" />
      <source>{n} speaker turns</source>
      <translation>{n} speaker turns</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="411" />
      <source>“{name}” cannot be deleted: {refs}.</source>
      <translation>“{name}” cannot be deleted: {refs}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/series.py" line="81" />
      <location filename="../../facilitator/services/series.py" line="90" />
      <location filename="../../facilitator/services/series.py" line="104" />
      <location filename="../../facilitator/services/workshops.py" line="106" />
      <location filename="../../facilitator/services/workshops.py" line="308" />
      <source>series</source>
      <translation>series</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/series.py" line="108" />
      <source>“{title}” cannot be deleted: it has {n} workshops. Delete or move them first.</source>
      <translation>“{title}” cannot be deleted: it has {n} workshops. Delete or move them first.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="115" />
      <source>The number in the series must be between 1 and 9999.</source>
      <translation>The number in the series must be between 1 and 9999.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="138" />
      <source>The language must be Turkish (tr) or English (en).</source>
      <translation>The language must be Turkish (tr) or English (en).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="152" />
      <source>The workshop must end after it starts.</source>
      <translation>The workshop must end after it starts.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="157" />
      <source>Only a workshop in a series can have a number.</source>
      <translation>Only a workshop in a series can have a number.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="169" />
      <source>Number {n} is already taken in this series by “{title}”.</source>
      <translation>Number {n} is already taken in this series by “{title}”.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="190" />
      <location filename="../../facilitator/services/attendee_import.py" line="218" />
      <location filename="../../facilitator/services/attendees.py" line="123" />
      <location filename="../../facilitator/services/attendees.py" line="139" />
      <location filename="../../facilitator/services/live.py" line="304" />
      <location filename="../../facilitator/services/workshops.py" line="242" />
      <location filename="../../facilitator/services/workshops.py" line="259" />
      <location filename="../../facilitator/services/workshops.py" line="270" />
      <location filename="../../facilitator/services/workshops.py" line="299" />
      <source>workshop</source>
      <translation>workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/merge.py" line="61" />
      <source>A person cannot be merged with themselves.</source>
      <translation>A person cannot be merged with themselves.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/merge.py" line="124" />
      <source>An organization cannot be merged with itself.</source>
      <translation>An organization cannot be merged with itself.</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="198" />
      <source>The change was refused by the database: {reason}</source>
      <translation>The change was refused by the database: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="204" />
      <source>The database could not be used: {reason}</source>
      <translation>The database could not be used: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="86" />
      <source>{file} is a folder, not a file.</source>
      <translation>{file} is a folder, not a file.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="90" />
      <source>{file} is {size} MB; an attendee list is far smaller (at most {limit} MB).</source>
      <translation>{file} is {size} MB; an attendee list is far smaller (at most {limit} MB).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="101" />
      <location filename="../../facilitator/documents/attendee_files.py" line="127" />
      <source>cannot read {file}: {reason}</source>
      <translation>cannot read {file}: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="104" />
      <location filename="../../facilitator/documents/attendee_files.py" line="305" />
      <location filename="../../facilitator/documents/attendee_files.py" line="382" />
      <location filename="../../facilitator/documents/attendee_files.py" line="471" />
      <source>{file} is empty.</source>
      <translation>{file} is empty.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="108" />
      <source>{file} is an old Excel workbook (.xls) or a password-protected one; save it as .xlsx without a password, or as CSV.</source>
      <translation>{file} is an old Excel workbook (.xls) or a password-protected one; save it as .xlsx without a password, or as CSV.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="119" />
      <source>{file} is not an Excel workbook, although its name ends in .xlsx.</source>
      <translation>{file} is not an Excel workbook, although its name ends in .xlsx.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="145" />
      <source>{file} starts like UTF-16 text but is not valid UTF-16 (byte {offset}).</source>
      <translation>{file} starts like UTF-16 text but is not valid UTF-16 (byte {offset}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="157" />
      <source>{file} is marked as UTF-8 but line {line} is not UTF-8; save it again as UTF-8.</source>
      <translation>{file} is marked as UTF-8 but line {line} is not UTF-8; save it again as UTF-8.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="171" />
      <source>{file} looks like UTF-16 text without a byte-order mark; save it as CSV in UTF-8.</source>
      <translation>{file} looks like UTF-16 text without a byte-order mark; save it as CSV in UTF-8.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="187" />
      <source>{file} is neither UTF-8 nor Windows-1254 text: line {line} has the byte 0x{byte:02X}; save it again as CSV in UTF-8.</source>
      <translation>{file} is neither UTF-8 nor Windows-1254 text: line {line} has the byte 0x{byte:02X}; save it again as CSV in UTF-8.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="204" />
      <source>{file} is not a text file: it holds binary data (line {line}); choose a CSV or .xlsx file.</source>
      <translation>{file} is not a text file: it holds binary data (line {line}); choose a CSV or .xlsx file.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="216" />
      <source>{file} is not a text file: it holds binary data; choose a CSV or .xlsx file.</source>
      <translation>{file} is not a text file: it holds binary data; choose a CSV or .xlsx file.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="238" />
      <source>{file} mixes encodings: line {utf8} is UTF-8 but line {other} is not; save it again as CSV in UTF-8.</source>
      <translation>{file} mixes encodings: line {utf8} is UTF-8 but line {other} is not; save it again as CSV in UTF-8.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="326" />
      <location filename="../../facilitator/documents/attendee_files.py" line="452" />
      <source>{file} has more than {limit} rows; an attendee list of one workshop is expected.</source>
      <translation>{file} has more than {limit} rows; an attendee list of one workshop is expected.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="349" />
      <source>{file}, row {row}, column {column}: a quote opens here and is never closed.</source>
      <translation>{file}, row {row}, column {column}: a quote opens here and is never closed.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="358" />
      <source>{file}, row {row}: the quotes are not where CSV expects them ({detail}).</source>
      <translation>{file}, row {row}: the quotes are not where CSV expects them ({detail}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="398" />
      <source>{file} has a header row but no attendees below it.</source>
      <translation>{file} has a header row but no attendees below it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="434" />
      <location filename="../../facilitator/documents/attendee_files.py" line="464" />
      <source>{file} is not a readable Excel workbook ({reason}).</source>
      <translation>{file} is not a readable Excel workbook ({reason}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="644" />
      <location filename="../../facilitator/documents/attendee_files.py" line="657" />
      <source>cannot write {file}: {reason}</source>
      <translation>cannot write {file}: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="740" />
      <source>{file}: the file name must end in .csv or .xlsx.</source>
      <translation>{file}: the file name must end in .csv or .xlsx.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="114" />
      <source>{file}, row {row}: {problem}</source>
      <translation>{file}, row {row}: {problem}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="117" />
      <source>{file}, row {row}, column {column}: {problem}</source>
      <translation>{file}, row {row}, column {column}: {problem}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="365" />
      <source> (and {n} more problems)</source>
      <translation> (and {n} more problems)</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="388" />
      <source>{file}: columns {columns} are all mapped to {field}.</source>
      <translation>{file}: columns {columns} are all mapped to {field}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="396" />
      <source>{file}: no column holds the names; map one to {full} or to {given}.</source>
      <translation>{file}: no column holds the names; map one to {full} or to {given}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="480" />
      <source>the row has {n} cells but the header has {m}; is a separator inside a value that is not in quotes?</source>
      <translation>the row has {n} cells but the header has {m}; is a separator inside a value that is not in quotes?</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="495" />
      <source>the value runs over several lines; is a quote left open?</source>
      <translation>the value runs over several lines; is a quote left open?</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="514" />
      <source>the row has no name.</source>
      <translation>the row has no name.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="675" />
      <source>{file}: the directory or the attendees changed since the preview was made; look at the preview again.</source>
      <translation>{file}: the directory or the attendees changed since the preview was made; look at the preview again.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="761" />
      <source>The import was cancelled; nothing was imported.</source>
      <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="312" />
      <source>The session of “{title}” has ended.</source>
      <translation>The session of “{title}” has ended.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="315" />
      <source>The session of “{title}” has not started.</source>
      <translation>The session of “{title}” has not started.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="693" />
      <source>There is no next agenda item.</source>
      <translation>There is no next agenda item.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="722" />
      <source>There is no previous agenda item.</source>
      <translation>There is no previous agenda item.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="839" />
      <source>The agenda item “{title}” is not on this agenda.</source>
      <translation>The agenda item “{title}” is not on this agenda.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="880" />
      <source>note</source>
      <translation>note</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="917" />
      <source>The note #{id} is already there.</source>
      <translation>The note #{id} is already there.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="999" />
      <source>A speaking time limit must be a whole number of seconds from 1 to {n}.</source>
      <translation>A speaking time limit must be a whole number of seconds from 1 to {n}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="1021" />
      <source>{name} is not checked in as present.</source>
      <translation>{name} is not checked in as present.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="1035" />
      <source>{name} is already waiting for the floor.</source>
      <translation>{name} is already waiting for the floor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="1078" />
      <source>Nobody is waiting for the floor.</source>
      <translation>Nobody is waiting for the floor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="1101" />
      <source>speaker turn</source>
      <translation>speaker turn</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="1104" />
      <source>This turn has already started; end it instead.</source>
      <translation>This turn has already started; end it instead.</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <location filename="../../facilitator/services/directory.py" line="97" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="110" />
      <source>Short name</source>
      <translation>Short name</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="114" />
      <source>sector</source>
      <translation>sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="118" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="122" />
      <source>Website</source>
      <translation>Website</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="276" />
      <source>Contact consent</source>
      <translation>Contact consent</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="281" />
      <source>The consent date</source>
      <translation>The consent date</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="65" />
      <source>Full name</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="66" />
      <location filename="../../facilitator/services/directory.py" line="250" />
      <source>Honorific</source>
      <translation>Honorific</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="67" />
      <location filename="../../facilitator/services/directory.py" line="251" />
      <location filename="../../facilitator/services/live.py" line="1179" />
      <source>Given name</source>
      <translation>Given name</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="68" />
      <location filename="../../facilitator/services/directory.py" line="252" />
      <location filename="../../facilitator/services/live.py" line="1184" />
      <source>Family name</source>
      <translation>Family name</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="69" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="70" />
      <location filename="../../facilitator/services/directory.py" line="253" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="72" />
      <location filename="../../facilitator/services/directory.py" line="254" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="71" />
      <location filename="../../facilitator/services/directory.py" line="262" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="267" />
      <location filename="../../facilitator/services/series.py" line="37" />
      <location filename="../../facilitator/services/workshops.py" line="92" />
      <location filename="../../facilitator/services/workshops.py" line="318" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="273" />
      <source>kind of agenda item</source>
      <translation>kind of agenda item</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="280" />
      <source>Goal</source>
      <translation>Goal</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="650" />
      <source>Template name</source>
      <translation>Template name</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/series.py" line="50" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="95" />
      <source>Guiding question</source>
      <translation>Guiding question</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="96" />
      <source>Venue address</source>
      <translation>Venue address</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="97" />
      <source>Objectives</source>
      <translation>Objectives</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="103" />
      <source>Venue</source>
      <translation>Venue</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="120" />
      <location filename="../../facilitator/services/workshops.py" line="302" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="121" />
      <location filename="../../facilitator/services/workshops.py" line="311" />
      <location filename="../../facilitator/services/workshops.py" line="324" />
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="144" />
      <source>status</source>
      <translation>status</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="160" />
      <location filename="../../facilitator/services/attendees.py" line="190" />
      <source>role</source>
      <translation>role</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="162" />
      <location filename="../../facilitator/services/attendees.py" line="194" />
      <source>invitation</source>
      <translation>invitation</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="165" />
      <location filename="../../facilitator/services/attendees.py" line="198" />
      <source>attendance</source>
      <translation>attendance</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="69" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="70" />
      <source>Invitation</source>
      <translation>Invitation</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="71" />
      <source>Attendance</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="92" />
      <source>Attendees</source>
      <translation>Attendees</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="820" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="826" />
      <source>kind of note</source>
      <translation>kind of note</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="1143" />
      <source>Present</source>
      <translation>Present</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="360" />
      <source>Import attendees — %1</source>
      <translation>Import attendees — %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="376" />
      <source>(ignore)</source>
      <translation>(ignore)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="403" />
      <source>Show only rows with &amp;errors</source>
      <translation>Show only rows with &amp;errors</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="443" />
      <source>&amp;Import</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="455" />
      <source>&lt;b&gt;Columns&lt;/b&gt; — what each column of the file holds:</source>
      <translation>&lt;b&gt;Columns&lt;/b&gt; — what each column of the file holds:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="469" />
      <location filename="../../facilitator/ui/import_dialog.py" line="533" />
      <source>Updating the preview…</source>
      <translation>Updating the preview…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="476" />
      <source>Full name</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="477" />
      <source>Honorific</source>
      <translation>Honorific</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="478" />
      <source>Given name</source>
      <translation>Given name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="479" />
      <source>Family name</source>
      <translation>Family name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="480" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="481" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="482" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="483" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="488" />
      <source>UTF-8</source>
      <translation>UTF-8</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="489" />
      <source>UTF-8 with byte-order mark</source>
      <translation>UTF-8 with byte-order mark</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="490" />
      <source>Windows-1254 (Turkish)</source>
      <translation>Windows-1254 (Turkish)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="491" />
      <source>UTF-16</source>
      <translation>UTF-16</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="496" />
      <source>semicolon (;)</source>
      <translation>semicolon (;)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="497" />
      <source>comma (,)</source>
      <translation>comma (,)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="498" />
      <source>tab</source>
      <translation>tab</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="499" />
      <source>none (one column)</source>
      <translation>none (one column)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="504" />
      <source>Excel workbook, sheet “%1”</source>
      <translation>Excel workbook, sheet “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="507" />
      <source>Encoding: %1 · Separator: %2</source>
      <translation>Encoding: %1 · Separator: %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="511" />
      <source>%1 rows below the header</source>
      <translation>%1 rows below the header</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="592" />
      <source>To import: %1</source>
      <translation>To import: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="593" />
      <source>New: %1</source>
      <translation>New: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="594" />
      <source>Matched: %1</source>
      <translation>Matched: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="595" />
      <source>Already attending: %1</source>
      <translation>Already attending: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="596" />
      <source>Repeated in the file: %1</source>
      <translation>Repeated in the file: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="597" />
      <source>Errors: %1</source>
      <translation>Errors: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="598" />
      <source>New organizations: %1</source>
      <translation>New organizations: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="606" />
      <source>Nothing is imported while any row has an error. Correct the file or the column mapping. First error:</source>
      <translation>Nothing is imported while any row has an error. Correct the file or the column mapping. First error:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="664" />
      <source>Imported: %1 new people, %2 from the directory, %3 skipped; %4 new organizations.</source>
      <translation>Imported: %1 new people, %2 from the directory, %3 skipped; %4 new organizations.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="686" />
      <source>Cancelled: nothing was imported.</source>
      <translation>Cancelled: nothing was imported.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="741" />
      <location filename="../../facilitator/ui/import_dialog.py" line="762" />
      <source>Import attendees</source>
      <translation>Import attendees</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="743" />
      <source>Attendee lists (*.csv *.xlsx *.txt);;All files (*)</source>
      <translation>Attendee lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewModel</name>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="112" />
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="113" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="114" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="115" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="116" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="117" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="118" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="119" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="122" />
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="123" />
      <source>Matched</source>
      <translation>Matched</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="124" />
      <source>Already attending</source>
      <translation>Already attending</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="125" />
      <source>Repeated</source>
      <translation>Repeated</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="126" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="157" />
      <source>Same person as row %1; skipped</source>
      <translation>Same person as row %1; skipped</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="159" />
      <source>%1 already attends; skipped</source>
      <translation>%1 already attends; skipped</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="161" />
      <source>Matched to %1</source>
      <translation>Matched to %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="163" />
      <source>New person</source>
      <translation>New person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="166" />
      <source>new organization</source>
      <translation>new organization</translation>
    </message>
  </context>
  <context>
    <name>ImportThread</name>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="325" />
      <source>The import failed and nothing was written: %1</source>
      <translation>The import failed and nothing was written: %1</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="12" />
      <source>Company</source>
      <translation>Company</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="13" />
      <source>NGO / association</source>
      <translation>NGO / association</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="14" />
      <source>Foundation</source>
      <translation>Foundation</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="15" />
      <source>University</source>
      <translation>University</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="16" />
      <source>Public body</source>
      <translation>Public body</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="17" />
      <source>International</source>
      <translation>International</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="18" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="24" />
      <source>Draft</source>
      <translation>Draft</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="25" />
      <source>Scheduled</source>
      <translation>Scheduled</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="26" />
      <source>In session</source>
      <translation>In session</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="27" />
      <source>Held</source>
      <translation>Held</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="28" />
      <source>Minutes sent</source>
      <translation>Minutes sent</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="31" />
      <location filename="../../facilitator/ui/labels.py" line="38" />
      <source>Moderator</source>
      <translation>Moderator</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="32" />
      <location filename="../../facilitator/ui/labels.py" line="39" />
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="33" />
      <location filename="../../facilitator/ui/labels.py" line="40" />
      <source>Speaker</source>
      <translation>Speaker</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="34" />
      <location filename="../../facilitator/ui/labels.py" line="41" />
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="35" />
      <location filename="../../facilitator/ui/labels.py" line="42" />
      <source>Observer</source>
      <translation>Observer</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="36" />
      <location filename="../../facilitator/ui/labels.py" line="43" />
      <source>Rapporteur</source>
      <translation>Rapporteur</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="37" />
      <location filename="../../facilitator/ui/labels.py" line="44" />
      <source>Organizer</source>
      <translation>Organizer</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="43" />
      <location filename="../../facilitator/ui/labels.py" line="50" />
      <source>Not invited</source>
      <translation>Not invited</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="44" />
      <location filename="../../facilitator/ui/labels.py" line="51" />
      <source>Invited</source>
      <translation>Invited</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="45" />
      <location filename="../../facilitator/ui/labels.py" line="52" />
      <source>Confirmed</source>
      <translation>Confirmed</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="46" />
      <location filename="../../facilitator/ui/labels.py" line="53" />
      <source>Declined</source>
      <translation>Declined</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="52" />
      <location filename="../../facilitator/ui/labels.py" line="59" />
      <source>Unknown</source>
      <translation>Unknown</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="53" />
      <location filename="../../facilitator/ui/labels.py" line="60" />
      <source>Present</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="54" />
      <location filename="../../facilitator/ui/labels.py" line="61" />
      <source>Absent</source>
      <translation>Absent</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="55" />
      <location filename="../../facilitator/ui/labels.py" line="62" />
      <source>Excused</source>
      <translation>Excused</translation>
    </message>
  </context>
  <context>
    <name>Live</name>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="53" />
      <source>Point</source>
      <translation>Point</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="54" />
      <source>Idea</source>
      <translation>Idea</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="55" />
      <source>Concern</source>
      <translation>Concern</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="56" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="57" />
      <source>Proposal</source>
      <translation>Proposal</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="58" />
      <source>Quote</source>
      <translation>Quote</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="59" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="60" />
      <source>Parking lot</source>
      <translation>Parking lot</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="201" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="206" />
      <source>%1 / %2 min</source>
      <translation>%1 / %2 min</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="249" />
      <source>Agenda item</source>
      <translation>Agenda item</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="250" />
      <source>Actual / planned</source>
      <translation>Actual / planned</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="264" />
      <source>present</source>
      <translation>present</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="268" />
      <source>Attendee</source>
      <translation>Attendee</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="282" />
      <source>Waiting</source>
      <translation>Waiting</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="287" />
      <source>Represents</source>
      <translation>Represents</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="296" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="298" />
      <location filename="../../facilitator/ui/live/models.py" line="325" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="304" />
      <location filename="../../facilitator/ui/live/models.py" line="331" />
      <source>Turns</source>
      <translation>Turns</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="320" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="321" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
  </context>
  <context>
    <name>LiveWindow</name>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="104" />
      <source>Enter save note · Ctrl+1…8 kind · Ctrl+P attribute · Up edit last · Ctrl+Backspace delete last · Ctrl+K parking lot · Ctrl+Z undo · Ctrl+←/→ agenda · Ctrl+S queue · Ctrl+N next speaker · Ctrl+E end turn · Ctrl+I check-in · Ctrl+W walk-in · F5 projector · Ctrl+Shift+E ×2 end session</source>
      <translation>Enter save note · Ctrl+1…8 kind · Ctrl+P attribute · Up edit last · Ctrl+Backspace delete last · Ctrl+K parking lot · Ctrl+Z undo · Ctrl+←/→ agenda · Ctrl+S queue · Ctrl+N next speaker · Ctrl+E end turn · Ctrl+I check-in · Ctrl+W walk-in · F5 projector · Ctrl+Shift+E ×2 end session</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="188" />
      <source>Undone: %1</source>
      <translation>Undone: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="190" />
      <source>Nothing to undo.</source>
      <translation>Nothing to undo.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="195" />
      <source>Redone: %1</source>
      <translation>Redone: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="208" />
      <source>Live — %1</source>
      <translation>Live — %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="213" />
      <source>Session resumed where it was.</source>
      <translation>Session resumed where it was.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="294" />
      <source>Press Ctrl+Shift+E again to end the session.</source>
      <translation>Press Ctrl+Shift+E again to end the session.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="304" />
      <source>The session has ended.</source>
      <translation>The session has ended.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="113" />
      <source>Facilitator</source>
      <translation>Facilitator</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="128" />
      <source>People &amp;&amp; organizations</source>
      <translation>People &amp;&amp; organizations</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="216" />
      <source>&amp;New workshop…</source>
      <translation>&amp;New workshop…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="219" />
      <source>New &amp;series…</source>
      <translation>New &amp;series…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="222" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="225" />
      <source>&amp;Duplicate workshop…</source>
      <translation>&amp;Duplicate workshop…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="228" />
      <source>De&amp;lete workshop…</source>
      <translation>De&amp;lete workshop…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="231" />
      <source>Delete series…</source>
      <translation>Delete series…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="234" />
      <source>Start or resume the &amp;live session</source>
      <translation>Start or resume the &amp;live session</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="237" />
      <source>&amp;People and organizations</source>
      <translation>&amp;People and organizations</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="240" />
      <source>&amp;Find in directory</source>
      <translation>&amp;Find in directory</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="243" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Preferences…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="248" />
      <source>&amp;About Facilitator</source>
      <translation>&amp;About Facilitator</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="251" />
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="253" />
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="257" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="262" />
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="268" />
      <source>&amp;Workshop</source>
      <translation>&amp;Workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="274" />
      <source>&amp;Live</source>
      <translation>&amp;Live</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="276" />
      <source>&amp;Settings</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="278" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="312" />
      <source>Resume the session</source>
      <translation>Resume the session</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="313" />
      <source>“%1” is still in session. Go back to the live screen?</source>
      <translation>“%1” is still in session. Go back to the live screen?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="331" />
      <source>Without series</source>
      <translation>Without series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="335" />
      <source>%1 · %2 workshops</source>
      <translation>%1 · %2 workshops</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="450" />
      <source>Cannot create the workshop</source>
      <translation>Cannot create the workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="461" />
      <source>New series</source>
      <translation>New series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="461" />
      <source>Title of the series:</source>
      <translation>Title of the series:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="467" />
      <source>Cannot create the series</source>
      <translation>Cannot create the series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="491" />
      <source>Duplicate workshop</source>
      <translation>Duplicate workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="505" />
      <source>Cannot duplicate the workshop</source>
      <translation>Cannot duplicate the workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="519" />
      <source>Delete “%1” with its agenda, attendees, notes and decisions? People and organizations stay in the directory.</source>
      <translation>Delete “%1” with its agenda, attendees, notes and decisions? People and organizations stay in the directory.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="522" />
      <source>Delete workshop</source>
      <translation>Delete workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="527" />
      <source>Cannot delete the workshop</source>
      <translation>Cannot delete the workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="545" />
      <source>Its roadmap with %1 commitments is deleted with it.</source>
      <translation>Its roadmap with %1 commitments is deleted with it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="547" />
      <source>Delete series</source>
      <translation>Delete series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="541" />
      <source>Delete the series “%1”?</source>
      <translation>Delete the series “%1”?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="552" />
      <source>Cannot delete the series</source>
      <translation>Cannot delete the series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="570" />
      <source>Empty database</source>
      <translation>Empty database</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="572" />
      <source>This database holds no workshop yet. Load the demo series (fictional institutions and people) to look around?</source>
      <translation>This database holds no workshop yet. Load the demo series (fictional institutions and people) to look around?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="596" />
      <source>Cannot undo</source>
      <translation>Cannot undo</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="599" />
      <source>Saved ✓</source>
      <translation>Saved ✓</translation>
    </message>
  </context>
  <context>
    <name>MergeTargetDialog</name>
    <message>
      <location filename="../../facilitator/ui/merge_dialog.py" line="26" />
      <source>Search…</source>
      <translation>Search…</translation>
    </message>
  </context>
  <context>
    <name>NewOrganizationDialog</name>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="150" />
      <source>New organization</source>
      <translation>New organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="157" />
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="158" />
      <source>&amp;Short name</source>
      <translation>&amp;Short name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="159" />
      <source>S&amp;ector</source>
      <translation>S&amp;ector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="160" />
      <source>&amp;City</source>
      <translation>&amp;City</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="163" />
      <source>Enter the organization's name.</source>
      <translation>Enter the organization's name.</translation>
    </message>
  </context>
  <context>
    <name>NewPersonDialog</name>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="121" />
      <source>New person</source>
      <translation>New person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="126" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="129" />
      <source>&amp;Honorific</source>
      <translation>&amp;Honorific</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="130" />
      <source>&amp;Given name</source>
      <translation>&amp;Given name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="131" />
      <source>&amp;Family name</source>
      <translation>&amp;Family name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="132" />
      <source>&amp;Organization</source>
      <translation>&amp;Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="135" />
      <source>Enter at least a given name.</source>
      <translation>Enter at least a given name.</translation>
    </message>
  </context>
  <context>
    <name>NewWorkshopDialog</name>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="75" />
      <source>New workshop</source>
      <translation>New workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="78" />
      <source>(no series)</source>
      <translation>(no series)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="95" />
      <source>&amp;Title</source>
      <translation>&amp;Title</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="96" />
      <source>&amp;Series</source>
      <translation>&amp;Series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="97" />
      <source>&amp;Date</source>
      <translation>&amp;Date</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="98" />
      <source>T&amp;ime</source>
      <translation>T&amp;ime</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="102" />
      <source>Give the workshop a title.</source>
      <translation>Give the workshop a title.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="104" />
      <source>The workshop must end after it starts.</source>
      <translation>The workshop must end after it starts.</translation>
    </message>
  </context>
  <context>
    <name>NotesPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="59" />
      <source>Type a note and press Enter (Up: edit the last note)</source>
      <translation>Type a note and press Enter (Up: edit the last note)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="69" />
      <source>Attribute the next note to… (Enter picks, Esc cancels)</source>
      <translation>Attribute the next note to… (Enter picks, Esc cancels)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="85" />
      <source>Notes of this item</source>
      <translation>Notes of this item</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="132" />
      <source>Kind of the next note: Ctrl+1 … Ctrl+8</source>
      <translation>Kind of the next note: Ctrl+1 … Ctrl+8</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="158" />
      <source>Next note by: %1 (Ctrl+P: someone else)</source>
      <translation>Next note by: %1 (Ctrl+P: someone else)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="162" />
      <source>Next note by the speaker: %1 (Ctrl+P: someone else)</source>
      <translation>Next note by the speaker: %1 (Ctrl+P: someone else)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="166" />
      <source>Next note: nobody in particular (Ctrl+P: attribute it)</source>
      <translation>Next note: nobody in particular (Ctrl+P: attribute it)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="240" />
      <source>There is no note to edit yet.</source>
      <translation>There is no note to edit yet.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="246" />
      <source>Editing the last note — Enter saves, Esc cancels</source>
      <translation>Editing the last note — Enter saves, Esc cancels</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="272" />
      <source>edit note</source>
      <translation>edit note</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="275" />
      <source>Note changed — Ctrl+Z to undo.</source>
      <translation>Note changed — Ctrl+Z to undo.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="283" />
      <source>There is no note to delete.</source>
      <translation>There is no note to delete.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="302" />
      <source>delete note</source>
      <translation>delete note</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="303" />
      <source>Note deleted — Ctrl+Z to undo.</source>
      <translation>Note deleted — Ctrl+Z to undo.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="311" />
      <source>There is no note to send to the parking lot.</source>
      <translation>There is no note to send to the parking lot.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="325" />
      <source>parking lot</source>
      <translation>parking lot</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="327" />
      <source>Note sent to the parking lot — Ctrl+Z to undo.</source>
      <translation>Note sent to the parking lot — Ctrl+Z to undo.</translation>
    </message>
  </context>
  <context>
    <name>OrganizationsPane</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="371" />
      <source>Search organizations by name, short name, city…</source>
      <translation>Search organizations by name, short name, city…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="372" />
      <source>&amp;Add organization…</source>
      <translation>&amp;Add organization…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="381" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="382" />
      <source>Short name</source>
      <translation>Short name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="383" />
      <source>Sector</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="384" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="385" />
      <source>Website</source>
      <translation>Website</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="415" />
      <source>Cannot add the organization</source>
      <translation>Cannot add the organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="426" />
      <source>Delete %1 from the directory?</source>
      <translation>Delete %1 from the directory?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="427" />
      <source>Delete organization</source>
      <translation>Delete organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="432" />
      <source>Cannot delete the organization</source>
      <translation>Cannot delete the organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="447" />
      <location filename="../../facilitator/ui/directory_page.py" line="459" />
      <source>Merge organization</source>
      <translation>Merge organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="449" />
      <source>Choose the entry that %1 is the same organization as. Its people, attendees, commitments and workshops move to it, and %1 leaves the directory.</source>
      <translation>Choose the entry that %1 is the same organization as. Its people, attendees, commitments and workshops move to it, and %1 leaves the directory.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="460" />
      <source>Merge %1 into %2? This cannot be undone.</source>
      <translation>Merge %1 into %2? This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="468" />
      <source>Cannot merge</source>
      <translation>Cannot merge</translation>
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="71" />
      <source>from</source>
      <translation>from</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="73" />
      <source>to</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="79" />
      <source>&amp;Number in series</source>
      <translation>&amp;Number in series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="80" />
      <source>&amp;Title</source>
      <translation>&amp;Title</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="82" />
      <source>&amp;Date and time</source>
      <translation>&amp;Date and time</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="85" />
      <source>&amp;Venue</source>
      <translation>&amp;Venue</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="88" />
      <source>&amp;Moderator</source>
      <translation>&amp;Moderator</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="81" />
      <source>Guiding &amp;question</source>
      <translation>Guiding &amp;question</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="78" />
      <source>Se&amp;ries</source>
      <translation>Se&amp;ries</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="86" />
      <source>Venue address</source>
      <translation>Venue address</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="87" />
      <source>Host organi&amp;zation</source>
      <translation>Host organi&amp;zation</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="89" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="90" />
      <source>Stat&amp;us</source>
      <translation>Stat&amp;us</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="91" />
      <source>Ob&amp;jectives</source>
      <translation>Ob&amp;jectives</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="147" />
      <source>(no series)</source>
      <translation>(no series)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="151" />
      <location filename="../../facilitator/ui/overview_tab.py" line="155" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="196" />
      <source>series</source>
      <translation>series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="197" />
      <source>number in series</source>
      <translation>number in series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="198" />
      <source>title</source>
      <translation>title</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="199" />
      <source>guiding question</source>
      <translation>guiding question</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="200" />
      <source>date and time</source>
      <translation>date and time</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="201" />
      <source>venue</source>
      <translation>venue</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="202" />
      <source>venue address</source>
      <translation>venue address</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="203" />
      <source>host organization</source>
      <translation>host organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="204" />
      <source>moderator</source>
      <translation>moderator</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="205" />
      <source>language</source>
      <translation>language</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="206" />
      <source>status</source>
      <translation>status</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="207" />
      <source>objectives</source>
      <translation>objectives</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="234" />
      <source>Change the %1</source>
      <translation>Change the %1</translation>
    </message>
  </context>
  <context>
    <name>PeoplePane</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="224" />
      <source>Search people by name, organization, e-mail…</source>
      <translation>Search people by name, organization, e-mail…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="225" />
      <source>&amp;Add person…</source>
      <translation>&amp;Add person…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="233" />
      <source>Contact details may appear in documents</source>
      <translation>Contact details may appear in documents</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="238" />
      <source>not given</source>
      <translation>not given</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="240" />
      <source>Honorific</source>
      <translation>Honorific</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="241" />
      <source>Given name</source>
      <translation>Given name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="242" />
      <source>Family name</source>
      <translation>Family name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="243" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="244" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="245" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="246" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="248" />
      <source>Data-processing consent given on</source>
      <translation>Data-processing consent given on</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="251" />
      <source>Workshops</source>
      <translation>Workshops</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="269" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="283" />
      <source>Not in any workshop yet</source>
      <translation>Not in any workshop yet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="309" />
      <source>Cannot add the person</source>
      <translation>Cannot add the person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="320" />
      <source>Delete %1 from the directory?</source>
      <translation>Delete %1 from the directory?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="321" />
      <source>Delete person</source>
      <translation>Delete person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="326" />
      <source>Cannot delete the person</source>
      <translation>Cannot delete the person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="339" />
      <location filename="../../facilitator/ui/directory_page.py" line="351" />
      <source>Merge person</source>
      <translation>Merge person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="341" />
      <source>Choose the entry that %1 is the same person as. Their workshops, notes, positions and commitments move to it, and %1 leaves the directory.</source>
      <translation>Choose the entry that %1 is the same person as. Their workshops, notes, positions and commitments move to it, and %1 leaves the directory.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="352" />
      <source>Merge %1 into %2? This cannot be undone.</source>
      <translation>Merge %1 into %2? This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="360" />
      <source>Cannot merge</source>
      <translation>Cannot merge</translation>
    </message>
  </context>
  <context>
    <name>ProjectorWindow</name>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="42" />
      <source>Facilitator — projector</source>
      <translation>Facilitator — projector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="59" />
      <source>Decisions agreed</source>
      <translation>Decisions agreed</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="84" />
      <source>Break</source>
      <translation>Break</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="88" />
      <source>Speaking: %1</source>
      <translation>Speaking: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="92" />
      <source>Next: %1</source>
      <translation>Next: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="97" />
      <source>None yet</source>
      <translation>None yet</translation>
    </message>
  </context>
  <context>
    <name>SeriesPage</name>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="46" />
      <source>&amp;Title</source>
      <translation>&amp;Title</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="47" />
      <source>&amp;Coordinating organization</source>
      <translation>&amp;Coordinating organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="48" />
      <source>&amp;Description</source>
      <translation>&amp;Description</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="55" />
      <source>Deta&amp;ils</source>
      <translation>Deta&amp;ils</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="69" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="83" />
      <location filename="../../facilitator/ui/series_page.py" line="103" />
      <source>%1 workshops</source>
      <translation>%1 workshops</translation>
    </message>
  </context>
  <context>
    <name>SeriesTreeModel</name>
    <message>
      <location filename="../../facilitator/ui/series_tree_model.py" line="85" />
      <source>Series and workshops</source>
      <translation>Series and workshops</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_tree_model.py" line="85" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../facilitator/ui/settings_dialog.py" line="15" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings_dialog.py" line="21" />
      <source>Interface &amp;language</source>
      <translation>Interface &amp;language</translation>
    </message>
  </context>
  <context>
    <name>SpeakersPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="74" />
      <source>Speakers</source>
      <translation>Speakers</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="76" />
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="144" />
      <source>Nobody is speaking</source>
      <translation>Nobody is speaking</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="89" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="90" />
      <source>no limit</source>
      <translation>no limit</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="92" />
      <source>First-timers first</source>
      <translation>First-timers first</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="93" />
      <source>People who have not spoken yet go to the front</source>
      <translation>People who have not spoken yet go to the front</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="97" />
      <source>Turn limit</source>
      <translation>Turn limit</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="103" />
      <source>Ctrl+S: add a present person to the queue…</source>
      <translation>Ctrl+S: add a present person to the queue…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="150" />
      <source>Next: %1 (Ctrl+N)</source>
      <translation>Next: %1 (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="152" />
      <source>Nobody is waiting</source>
      <translation>Nobody is waiting</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="183" />
      <source>Time is nearly up</source>
      <translation>Time is nearly up</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="184" />
      <source>Over the time limit</source>
      <translation>Over the time limit</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="228" />
      <source>%1 is in the queue.</source>
      <translation>%1 is in the queue.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="245" />
      <source>%1 has the floor.</source>
      <translation>%1 has the floor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="247" />
      <source>The turn ended; nobody is waiting.</source>
      <translation>The turn ended; nobody is waiting.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="259" />
      <source>Nobody is speaking.</source>
      <translation>Nobody is speaking.</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="168" />
      <source>Start from a template</source>
      <translation>Start from a template</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="181" />
      <source>&amp;Delete template</source>
      <translation>&amp;Delete template</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="183" />
      <source>&amp;Replace the current agenda</source>
      <translation>&amp;Replace the current agenda</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="184" />
      <source>&amp;Add after the current items</source>
      <translation>&amp;Add after the current items</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="195" />
      <source>Use template</source>
      <translation>Use template</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="222" />
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="226" />
      <source>Total: %1 min</source>
      <translation>Total: %1 min</translation>
    </message>
  </context>
  <context>
    <name>WorkshopPage</name>
    <message>
      <location filename="../../facilitator/ui/workshop_page.py" line="40" />
      <source>&amp;Overview</source>
      <translation>&amp;Overview</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop_page.py" line="68" />
      <source>%1. Workshop — </source>
      <translation>%1. Workshop — </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop_page.py" line="77" />
      <source>host: %1</source>
      <translation>host: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop_page.py" line="84" />
      <source>&amp;Attendees %1</source>
      <translation>&amp;Attendees %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop_page.py" line="88" />
      <source>A&amp;genda %1</source>
      <translation>A&amp;genda %1</translation>
    </message>
  </context>
</TS>
