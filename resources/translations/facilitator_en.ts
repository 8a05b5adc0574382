<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>About</name>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="22" />
      <source>Run multi-stakeholder workshops offline: attendees, timed agenda, notes, consensus decisions, commitments and minutes.</source>
      <translation>Run multi-stakeholder workshops offline: attendees, timed agenda, notes, consensus decisions, commitments and minutes.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="27" />
      <source>Facilitator is free software under the GNU General Public License, version 3 or later.</source>
      <translation>Facilitator is free software under the GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="31" />
      <source>Components and their licences</source>
      <translation>Components and their licences</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="43" />
      <source>About Facilitator</source>
      <translation>About Facilitator</translation>
    </message>
  </context>
  <context>
    <name>Directory</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="53" />
      <location filename="../../facilitator/ui/directory_page.py" line="78" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="56" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="59" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="62" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="65" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="81" />
      <source>Short name</source>
      <translation>Short name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="84" />
      <source>Sector</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="87" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="90" />
      <source>People</source>
      <translation>People</translation>
    </message>
  </context>
  <context>
    <name>DirectoryPage</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="390" />
      <source>&amp;People</source>
      <translation>&amp;People</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="391" />
      <source>O&amp;rganizations</source>
      <translation>O&amp;rganizations</translation>
    </message>
  </context>
  <context>
    <name>DirectoryPane</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="127" />
      <source>&amp;Delete</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="168" />
      <source>%1 of %2</source>
      <translation>%1 of %2</translation>
    </message>
  </context>
  <context>
    <name>EmptyPage</name>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="47" />
      <source>&lt;h2&gt;No workshop yet&lt;/h2&gt;&lt;p&gt;Start by creating a series (a theme with its workshops) or a single workshop. People and organizations you add are kept in the directory for every workshop.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;No workshop yet&lt;/h2&gt;&lt;p&gt;Start by creating a series (a theme with its workshops) or a single workshop. People and organizations you add are kept in the directory for every workshop.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../facilitator/services/_common.py" line="20" />
      <source>The {what} #{id} no longer exists.</source>
      <translation>The {what} #{id} no longer exists.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="30" />
      <source>{label} must be text.</source>
      <translation>{label} must be text.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="35" />
      <source>{label} cannot be empty.</source>
      <translation>{label} cannot be empty.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="39" />
      <source>{label} is too long (at most {n} characters).</source>
      <translation>{label} is too long (at most {n} characters).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="50" />
      <source>{label} must be a date and time.</source>
      <translation>{label} must be a date and time.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="54" />
      <source>{label} has no time zone.</source>
      <translation>{label} has no time zone.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="58" />
      <source>{label} is out of range (years 1900–2200).</source>
      <translation>{label} is out of range (years 1900–2200).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="69" />
      <source>{value!r} is not a valid {label}.</source>
      <translation>{value!r} is not a valid {label}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="86" />
      <source> and {n} more</source>
      <translation> and {n} more</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="95" />
      <source>An organization named “{name}” already exists.</source>
      <translation>An organization named “{name}” already exists.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="130" />
      <location filename="../../facilitator/services/directory.py" line="171" />
      <location filename="../../facilitator/services/directory.py" line="212" />
      <location filename="../../facilitator/services/directory.py" line="264" />
      <location filename="../../facilitator/services/series.py" line="45" />
      <location filename="../../facilitator/services/workshops.py" line="120" />
      <source>organization</source>
      <translation>organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="185" />
      <source>{n} people</source>
      <translation>{n} people</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="189" />
      <location filename="../../facilitator/services/directory.py" line="368" />
      <source>{n} commitments</source>
      <translation>{n} commitments</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="196" />
      <source>attendees of {n} workshops</source>
      <translation>attendees of {n} workshops</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="198" />
      <source>{n} hosted workshops</source>
      <translation>{n} hosted workshops</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="200" />
      <source>{n} coordinated series</source>
      <translation>{n} coordinated series</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="205" />
      <location filename="../../facilitator/services/directory.py" line="367" />
      <source>{n} recorded positions</source>
      <translation>{n} recorded positions</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="216" />
      <source>“{name}” cannot be deleted: {refs} refer to it.</source>
      <translation>“{name}” cannot be deleted: {refs} refer to it.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="257" />
      <source>“{email}” is not an e-mail address.</source>
      <translation>“{email}” is not an e-mail address.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="272" />
      <source>The consent date must be a date.</source>
      <translation>The consent date must be a date.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="307" />
      <location filename="../../facilitator/services/directory.py" line="317" />
      <location filename="../../facilitator/services/directory.py" line="379" />
      <location filename="../../facilitator/services/workshops.py" line="125" />
      <source>person</source>
      <translation>person</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="353" />
      <source>attends {n} workshops</source>
      <translation>attends {n} workshops</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="361" />
      <source>moderates {n} workshops</source>
      <translation>moderates {n} workshops</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="365" />
      <source>{n} attributed notes</source>
      <translation>{n} attributed notes</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="366" />
      <source>{n} speaker turns</source>
      <translation>{n} speaker turns</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="383" />
      <source>“{name}” cannot be deleted: {refs}.</source>
      <translation>“{name}” cannot be deleted: {refs}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/series.py" line="81" />
      <location filename="../../facilitator/services/series.py" line="90" />
      <location filename="../../facilitator/services/series.py" line="103" />
      <location filename="../../facilitator/services/workshops.py" line="98" />
      <source>series</source>
      <translation>series</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/series.py" line="107" />
      <source>“{title}” cannot be deleted: it has {n} workshops. Delete or move them first.</source>
      <translation>“{title}” cannot be deleted: it has {n} workshops. Delete or move them first.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="107" />
      <source>The number in the series must be between 1 and 9999.</source>
      <translation>The number in the series must be between 1 and 9999.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="130" />
      <source>The language must be Turkish (tr) or English (en).</source>
      <translation>The language must be Turkish (tr) or English (en).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="144" />
      <source>The workshop must end after it starts.</source>
      <translation>The workshop must end after it starts.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="149" />
      <source>Only a workshop in a series can have a number.</source>
      <translation>Only a workshop in a series can have a number.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="160" />
      <source>Number {n} is already taken in this series by “{title}”.</source>
      <translation>Number {n} is already taken in this series by “{title}”.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="232" />
      <location filename="../../facilitator/services/workshops.py" line="249" />
      <location filename="../../facilitator/services/workshops.py" line="311" />
      <location filename="../../facilitator/services/workshops.py" line="330" />
      <source>workshop</source>
      <translation>workshop</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <location filename="../../facilitator/services/directory.py" line="89" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="102" />
      <source>Short name</source>
      <translation>Short name</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="106" />
      <source>sector</source>
      <translation>sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="110" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="114" />
      <source>Website</source>
      <translation>Website</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="242" />
      <source>Honorific</source>
      <translation>Honorific</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="243" />
      <source>Given name</source>
      <translation>Given name</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="244" />
      <source>Family name</source>
      <translation>Family name</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="245" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="246" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="254" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/series.py" line="37" />
      <location filename="../../facilitator/services/workshops.py" line="84" />
      <location filename="../../facilitator/services/workshops.py" line="343" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/series.py" line="50" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="87" />
      <source>Guiding question</source>
      <translation>Guiding question</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="88" />
      <source>Venue address</source>
      <translation>Venue address</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="89" />
      <source>Objectives</source>
      <translation>Objectives</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="95" />
      <source>Venue</source>
      <translation>Venue</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="112" />
      <location filename="../../facilitator/services/workshops.py" line="333" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="113" />
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="136" />
      <source>status</source>
      <translation>status</translation>
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
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="76" />
      <source>Facilitator</source>
      <translation>Facilitator</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="89" />
      <source>People &amp;&amp; organizations</source>
      <translation>People &amp;&amp; organizations</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="136" />
      <source>&amp;New workshop…</source>
      <translation>&amp;New workshop…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="139" />
      <source>New &amp;series…</source>
      <translation>New &amp;series…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="141" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="143" />
      <source>&amp;Duplicate workshop…</source>
      <translation>&amp;Duplicate workshop…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="146" />
      <source>De&amp;lete workshop…</source>
      <translation>De&amp;lete workshop…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="149" />
      <source>Delete series…</source>
      <translation>Delete series…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="152" />
      <source>&amp;People and organizations</source>
      <translation>&amp;People and organizations</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="155" />
      <source>&amp;Find in directory</source>
      <translation>&amp;Find in directory</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="158" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Preferences…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="163" />
      <source>&amp;About Facilitator</source>
      <translation>&amp;About Facilitator</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="167" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="172" />
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="175" />
      <source>&amp;Workshop</source>
      <translation>&amp;Workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="181" />
      <source>&amp;Settings</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="183" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="201" />
      <source>Without series</source>
      <translation>Without series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="205" />
      <source>%1 · %2 workshops</source>
      <translation>%1 · %2 workshops</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="298" />
      <source>Cannot create the workshop</source>
      <translation>Cannot create the workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="306" />
      <source>New series</source>
      <translation>New series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="306" />
      <source>Title of the series:</source>
      <translation>Title of the series:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="312" />
      <source>Cannot create the series</source>
      <translation>Cannot create the series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="332" />
      <source>Duplicate workshop</source>
      <translation>Duplicate workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="351" />
      <source>Cannot duplicate the workshop</source>
      <translation>Cannot duplicate the workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="362" />
      <source>Delete “%1” with its agenda, attendees, notes and decisions? People and organizations stay in the directory.</source>
      <translation>Delete “%1” with its agenda, attendees, notes and decisions? People and organizations stay in the directory.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="365" />
      <source>Delete workshop</source>
      <translation>Delete workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="370" />
      <source>Cannot delete the workshop</source>
      <translation>Cannot delete the workshop</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="383" />
      <source>Delete series</source>
      <translation>Delete series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="384" />
      <source>Delete the series “%1”?</source>
      <translation>Delete the series “%1”?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="390" />
      <source>Cannot delete the series</source>
      <translation>Cannot delete the series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="407" />
      <source>Empty database</source>
      <translation>Empty database</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="409" />
      <source>This database holds no workshop yet. Load the demo series (fictional institutions and people) to look around?</source>
      <translation>This database holds no workshop yet. Load the demo series (fictional institutions and people) to look around?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="428" />
      <source>Saved ✓</source>
      <translation>Saved ✓</translation>
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
    <name>OrganizationsPane</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="315" />
      <source>Search organizations by name, short name, city…</source>
      <translation>Search organizations by name, short name, city…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="316" />
      <source>&amp;Add organization…</source>
      <translation>&amp;Add organization…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="325" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="326" />
      <source>Short name</source>
      <translation>Short name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="327" />
      <source>Sector</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="328" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="329" />
      <source>Website</source>
      <translation>Website</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="359" />
      <source>Cannot add the organization</source>
      <translation>Cannot add the organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="370" />
      <source>Delete %1 from the directory?</source>
      <translation>Delete %1 from the directory?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="371" />
      <source>Delete organization</source>
      <translation>Delete organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="376" />
      <source>Cannot delete the organization</source>
      <translation>Cannot delete the organization</translation>
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="69" />
      <source>from</source>
      <translation>from</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="71" />
      <source>to</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="76" />
      <source>&amp;Series</source>
      <translation>&amp;Series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="77" />
      <source>&amp;Number in series</source>
      <translation>&amp;Number in series</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="78" />
      <source>&amp;Title</source>
      <translation>&amp;Title</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="79" />
      <source>&amp;Guiding question</source>
      <translation>&amp;Guiding question</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="80" />
      <source>&amp;Date and time</source>
      <translation>&amp;Date and time</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="81" />
      <source>&amp;Venue</source>
      <translation>&amp;Venue</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="82" />
      <source>Venue &amp;address</source>
      <translation>Venue &amp;address</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="83" />
      <source>&amp;Host organization</source>
      <translation>&amp;Host organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="84" />
      <source>&amp;Moderator</source>
      <translation>&amp;Moderator</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="85" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="86" />
      <source>St&amp;atus</source>
      <translation>St&amp;atus</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="87" />
      <source>&amp;Objectives</source>
      <translation>&amp;Objectives</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="139" />
      <source>(no series)</source>
      <translation>(no series)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="143" />
      <location filename="../../facilitator/ui/overview_tab.py" line="147" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
  </context>
  <context>
    <name>PeoplePane</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="211" />
      <source>Search people by name, organization, e-mail…</source>
      <translation>Search people by name, organization, e-mail…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="212" />
      <source>&amp;Add person…</source>
      <translation>&amp;Add person…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="220" />
      <source>Contact details may appear in documents</source>
      <translation>Contact details may appear in documents</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="225" />
      <source>not given</source>
      <translation>not given</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="227" />
      <source>Honorific</source>
      <translation>Honorific</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="228" />
      <source>Given name</source>
      <translation>Given name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="229" />
      <source>Family name</source>
      <translation>Family name</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="230" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="231" />
      <source>Organization</source>
      <translation>Organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="232" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="233" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="235" />
      <source>Data-processing consent given on</source>
      <translation>Data-processing consent given on</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="253" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="285" />
      <source>Cannot add the person</source>
      <translation>Cannot add the person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="296" />
      <source>Delete %1 from the directory?</source>
      <translation>Delete %1 from the directory?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="297" />
      <source>Delete person</source>
      <translation>Delete person</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="302" />
      <source>Cannot delete the person</source>
      <translation>Cannot delete the person</translation>
    </message>
  </context>
  <context>
    <name>SeriesPage</name>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="36" />
      <source>&amp;Title</source>
      <translation>&amp;Title</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="37" />
      <source>&amp;Coordinating organization</source>
      <translation>&amp;Coordinating organization</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="38" />
      <source>&amp;Description</source>
      <translation>&amp;Description</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="54" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="68" />
      <location filename="../../facilitator/ui/series_page.py" line="88" />
      <source>%1 workshops</source>
      <translation>%1 workshops</translation>
    </message>
  </context>
  <context>
    <name>SeriesTreeModel</name>
    <message>
      <location filename="../../facilitator/ui/series_tree_model.py" line="86" />
      <source>Series and workshops</source>
      <translation>Series and workshops</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_tree_model.py" line="86" />
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
    <name>WorkshopPage</name>
    <message>
      <location filename="../../facilitator/ui/workshop_page.py" line="34" />
      <source>&amp;Overview</source>
      <translation>&amp;Overview</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop_page.py" line="54" />
      <source>%1. Workshop — </source>
      <translation>%1. Workshop — </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop_page.py" line="63" />
      <source>host: %1</source>
      <translation>host: %1</translation>
    </message>
  </context>
</TS>
