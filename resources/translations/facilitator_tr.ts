<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
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
      <translation>Çok paydaşlı çalıştayları çevrimdışı yürütün: katılımcılar, zamanlı gündem, notlar, uzlaşı kararları, taahhütler ve tutanaklar.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="34" />
      <source>Facilitator is free software under the GNU General Public License, version 3 or later.</source>
      <translation>Facilitator, GNU Genel Kamu Lisansı sürüm 3 veya sonrası kapsamında özgür bir yazılımdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="38" />
      <source>Components and their licences</source>
      <translation>Bileşenler ve lisansları</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="50" />
      <source>About Facilitator</source>
      <translation>Facilitator hakkında</translation>
    </message>
  </context>
  <context>
    <name>AgendaItemDelegate</name>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="297" />
      <source>(none)</source>
      <translation>(yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="306" />
      <source> min</source>
      <translation> dk</translation>
    </message>
  </context>
  <context>
    <name>AgendaKind</name>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="56" />
      <source>Opening</source>
      <translation>Açılış</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="57" />
      <source>Talk</source>
      <translation>Sunum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="58" />
      <source>Discussion</source>
      <translation>Tartışma</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="59" />
      <source>Group work</source>
      <translation>Grup çalışması</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="60" />
      <source>Break</source>
      <translation>Ara</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="61" />
      <source>Decision</source>
      <translation>Karar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="62" />
      <source>Closing</source>
      <translation>Kapanış</translation>
    </message>
  </context>
  <context>
    <name>AgendaPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="125" />
      <source>Agenda</source>
      <translation>Gündem</translation>
    </message>
  </context>
  <context>
    <name>AgendaTab</name>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="86" />
      <source>1 item</source>
      <translation>1 madde</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="87" />
      <source>%1 items</source>
      <translation>%1 madde</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="259" />
      <source>Save as template</source>
      <translation>Şablon olarak kaydet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="260" />
      <source>Name of the template:</source>
      <translation>Şablonun adı:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="383" />
      <source>New item: type its title and press Enter</source>
      <translation>Yeni madde: başlığını yazıp Enter’a basın</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="385" />
      <source>The new item goes after the selected one, or at the end.</source>
      <translation>Yeni madde seçili maddeden sonra ya da en sona eklenir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="392" />
      <source> min</source>
      <translation> dk</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="393" />
      <source>Planned minutes of the new item</source>
      <translation>Yeni maddenin planlanan süresi (dakika)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="394" />
      <source>Add</source>
      <translation>Ekle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="397" />
      <source>Insert &amp;break</source>
      <translation>A&amp;ra ekle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="398" />
      <source>&amp;Delete item</source>
      <translation>Maddeyi &amp;sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="402" />
      <source>Move &amp;up</source>
      <translation>Y&amp;ukarı taşı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="404" />
      <source>Move dow&amp;n</source>
      <translation>Aşağı &amp;taşı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="407" />
      <source>&amp;Copy from a workshop…</source>
      <translation>Bir çalıştaydan k&amp;opyala…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="410" />
      <source>&amp;Save as template…</source>
      <translation>Şablon olarak &amp;kaydet…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="413" />
      <source>Start from a &amp;template…</source>
      <translation>Bir &amp;şablondan başla…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="418" />
      <source>&amp;Templates</source>
      <translation>Şa&amp;blonlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="530" />
      <source>Start from a template…</source>
      <translation>Bir şablondan başla…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="532" />
      <source>Copy from an earlier workshop…</source>
      <translation>Önceki bir çalıştaydan kopyala…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="588" />
      <source>&lt;h3&gt;No agenda yet&lt;/h3&gt;&lt;p&gt;Build the timed agenda of this workshop: type the title of the first item in the field below and press Enter, then the next one. Start times are counted from the workshop's start at %1; the total is checked against its planned end at %2.&lt;/p&gt;&lt;p&gt;Or begin with an agenda that already exists:&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Henüz gündem yok&lt;/h3&gt;&lt;p&gt;Bu çalıştayın zamanlı gündemini oluşturun: ilk maddenin başlığını aşağıdaki alana yazıp Enter’a basın, sonra bir sonrakini. Başlangıç saatleri çalıştayın %1 başlangıcından itibaren hesaplanır; toplam süre %2 olan planlanan bitişle karşılaştırılır.&lt;/p&gt;&lt;p&gt;Ya da var olan bir gündemle başlayın:&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="604" />
      <source>%1, %2 min planned · workshop %3 (%4 min)</source>
      <translation>%1, planlanan %2 dk · çalıştay %3 (%4 dk)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="616" />
      <source>%1 min over the planned end: the agenda ends at %2</source>
      <translation>Planlanan bitişi %1 dk aşıyor; gündemin bitişi: %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="623" />
      <source>%1 min to spare: the agenda ends at %2</source>
      <translation>%1 dk boş zaman var; gündemin bitişi: %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="629" />
      <source>Ends on time at %1</source>
      <translation>Zamanında bitiyor: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="736" />
      <source>Rename “%1”</source>
      <translation>Yeniden adlandırma — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="737" />
      <source>Change the kind of “%1”</source>
      <translation>Tür değişikliği — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="738" />
      <source>Change the minutes of “%1”</source>
      <translation>Süre değişikliği — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="739" />
      <source>Change the presenter of “%1”</source>
      <translation>Sunan değişikliği — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="740" />
      <source>Change the goal of “%1”</source>
      <translation>Amaç değişikliği — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="782" />
      <source>Type the title of the new item, then press Enter.</source>
      <translation>Yeni maddenin başlığını yazın, sonra Enter’a basın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="798" />
      <source>Add “%1”</source>
      <translation>Ekleme — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="809" />
      <source>Coffee break</source>
      <translation>Kahve arası</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="815" />
      <source>Insert a break after “%1”</source>
      <translation>Ara ekleme — “%1” sonrası</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="837" />
      <source>Delete “%1”</source>
      <translation>Silme — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="858" />
      <source>Move “%1”</source>
      <translation>Taşıma — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="888" />
      <source>No other workshop has an agenda to copy yet.</source>
      <translation>Henüz gündemi kopyalanabilecek başka bir çalıştay yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="901" />
      <source>Copy the agenda of “%1”</source>
      <translation>Gündem kopyalama — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="918" />
      <source>Replace it with this agenda?</source>
      <translation>Bu gündemle değiştirilsin mi?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="919" />
      <source>Replace template</source>
      <translation>Şablonu değiştir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="926" />
      <source>Saved as the template “%1” (%2).</source>
      <translation>“%1” şablonu olarak kaydedildi (%2).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="938" />
      <source>Delete the template “%1”? Agendas made from it stay as they are.</source>
      <translation>“%1” şablonu silinsin mi? Ondan oluşturulan gündemler olduğu gibi kalır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="940" />
      <source>Delete template</source>
      <translation>Şablonu sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="945" />
      <source>Cannot delete the template</source>
      <translation>Şablon silinemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="957" />
      <source>No template yet. Build an agenda, then keep it with Templates › Save as template.</source>
      <translation>Henüz şablon yok. Bir gündem oluşturun, sonra Şablonlar › Şablon olarak kaydet ile saklayın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="975" />
      <source>Start from the template “%1”</source>
      <translation>Şablondan başlama — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="975" />
      <source>Add the template “%1”</source>
      <translation>Şablon ekleme — “%1”</translation>
    </message>
  </context>
  <context>
    <name>AgendaTableModel</name>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="162" />
      <source>%1 min</source>
      <translation>%1 dk</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="185" />
      <source>Ends after the planned end of the workshop.</source>
      <translation>Çalıştayın planlanan bitişinden sonra bitiyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="197" />
      <source>Start</source>
      <translation>Başlangıç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="198" />
      <source>Title</source>
      <translation>Başlık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="199" />
      <source>Kind</source>
      <translation>Tür</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="200" />
      <source>Minutes</source>
      <translation>Süre (dk)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="201" />
      <source>Presenter</source>
      <translation>Sunan</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_table_model.py" line="202" />
      <source>Goal</source>
      <translation>Amaç</translation>
    </message>
  </context>
  <context>
    <name>AttendeeExport</name>
    <message>
      <location filename="../../facilitator/ui/attendee_export_action.py" line="30" />
      <source>Attendees</source>
      <translation>Katılımcılar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendee_export_action.py" line="39" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel çalışma kitabı (*.xlsx)</translation>
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
      <translation>Katılımcıları dışa aktar</translation>
    </message>
  </context>
  <context>
    <name>Attendees</name>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="51" />
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="54" />
      <source>Represents</source>
      <translation>Temsil ettiği kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="57" />
      <source>Position</source>
      <translation>Görev</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="60" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="63" />
      <source>Invitation</source>
      <translation>Davet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="68" />
      <source>Attendance</source>
      <translation>Katılım</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="81" />
      <source>Person</source>
      <translation>Kişi</translation>
    </message>
  </context>
  <context>
    <name>AttendeesTab</name>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="140" />
      <source>Add people: type a name, organization or e-mail…</source>
      <translation>Kişi ekleyin: ad, kurum ya da e-posta yazın…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="155" />
      <source>&amp;New person…</source>
      <translation>Ye&amp;ni kişi…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="160" />
      <source>I&amp;mport…</source>
      <translation>İç&amp;e aktar…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="161" />
      <source>Import attendees from a CSV or Excel file</source>
      <translation>Katılımcıları bir CSV ya da Excel dosyasından içe aktarın</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="163" />
      <source>E&amp;xport…</source>
      <translation>Dı&amp;şa aktar…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="164" />
      <source>Save the attendees as CSV or Excel</source>
      <translation>Katılımcıları CSV ya da Excel olarak kaydedin</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="171" />
      <source>Filter attendees…</source>
      <translation>Katılımcılarda süz…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="192" />
      <source>&lt;h3&gt;No attendees yet&lt;/h3&gt;&lt;p&gt;Type a name in the field above to add people from the directory, press &lt;b&gt;New person…&lt;/b&gt; for someone who is not in it yet, or import a list from a spreadsheet.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Henüz katılımcı yok&lt;/h3&gt;&lt;p&gt;Rehberden kişi eklemek için yukarıdaki alana bir ad yazın; rehberde olmayan biri için &lt;b&gt;Yeni kişi…&lt;/b&gt; düğmesine basın ya da bir tablodan liste içe aktarın.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="216" />
      <source>&amp;Role</source>
      <translation>&amp;Rol</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="217" />
      <source>Represents</source>
      <translation>Temsil ettiği kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="218" />
      <source>In&amp;vitation</source>
      <translation>Da&amp;vet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="219" />
      <source>Atten&amp;dance</source>
      <translation>Katı&amp;lım</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="230" />
      <source>&amp;Invite</source>
      <translation>Davet e&amp;t</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="238" />
      <source>Mark &amp;present</source>
      <translation>Geldi olarak &amp;işaretle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="234" />
      <source>&amp;Confirm</source>
      <translation>&amp;Onayla</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="242" />
      <source>Remove from wor&amp;kshop</source>
      <translation>Çalıştaydan ç&amp;ıkar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="295" />
      <source>(none)</source>
      <translation>(yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="325" />
      <source>%1 attendees</source>
      <translation>%1 katılımcı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="340" />
      <source>By sector: %1</source>
      <translation>Sektöre göre: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="365" />
      <source>%1 selected</source>
      <translation>%1 seçili</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="367" />
      <source>Select attendees to edit them</source>
      <translation>Düzenlemek için katılımcı seçin</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="402" />
      <source>Change %1 of %2</source>
      <translation>%1 değişikliği — %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="405" />
      <source>Change %1 of %2 attendees</source>
      <translation>%1 değişikliği — %2 katılımcı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="420" />
      <source>the role</source>
      <translation>rol</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="421" />
      <source>the organization represented</source>
      <translation>temsil edilen kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="422" />
      <source>the invitation</source>
      <translation>davet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="423" />
      <source>the attendance</source>
      <translation>katılım</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="479" />
      <source>Add %1</source>
      <translation>Ekleme — %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="494" />
      <source>Cannot add the person</source>
      <translation>Kişi eklenemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="510" />
      <source>Remove %1</source>
      <translation>Çıkarma — %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="512" />
      <source>Remove %1 attendees</source>
      <translation>Çıkarma — %1 katılımcı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="548" />
      <source>Import %1 attendees</source>
      <translation>İçe aktarma — %1 katılımcı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/attendees_tab.py" line="559" />
      <source>Cannot export</source>
      <translation>Dışa aktarılamadı</translation>
    </message>
  </context>
  <context>
    <name>CheckInPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="43" />
      <source>Check-in</source>
      <translation>Giriş kaydı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="48" />
      <source>Ctrl+I: find an attendee, Enter: present / not; Ctrl+W: walk-in</source>
      <translation>Ctrl+I: katılımcı bul, Enter: geldi / gelmedi; Ctrl+W: kayıtsız gelen</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="76" />
      <source>%1 present of %2 attendees</source>
      <translation>%2 katılımcıdan %1 kişi geldi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="104" />
      <source>%1 is present.</source>
      <translation>%1 geldi olarak işaretlendi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="104" />
      <source>%1 is no longer marked present.</source>
      <translation>%1 artık gelmiş olarak işaretli değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="115" />
      <source>Type the walk-in's name in the check-in field first.</source>
      <translation>Önce kayıtsız gelen kişinin adını giriş alanına yazın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="126" />
      <source>%1 added as a walk-in, present.</source>
      <translation>%1 kayıtsız gelen olarak eklendi, geldi.</translation>
    </message>
  </context>
  <context>
    <name>CopyAgendaDialog</name>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="98" />
      <source>Copy an agenda</source>
      <translation>Gündem kopyala</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="106" />
      <source>%1 min</source>
      <translation>%1 dk</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="113" />
      <source>&amp;Add after the current items</source>
      <translation>Mevcut maddelerin &amp;ardına ekle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="114" />
      <source>&amp;Replace the current agenda</source>
      <translation>Mevcut gündemin &amp;yerine koy</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="125" />
      <source>Copy</source>
      <translation>Kopyala</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="130" />
      <source>Copy the agenda of:</source>
      <translation>Gündemi kopyalanacak çalıştay:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="135" />
      <source>Presenters are kept only if they attend this workshop too.</source>
      <translation>Sunanlar yalnızca bu çalıştaya da katılıyorlarsa korunur.</translation>
    </message>
  </context>
  <context>
    <name>CurrentItemHeader</name>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="75" />
      <source>The session has ended</source>
      <translation>Oturum sona erdi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="77" />
      <source>No agenda item is running</source>
      <translation>Şu an yürüyen gündem maddesi yok</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="80" />
      <source>Next: %1 (%2 min) — Ctrl+→</source>
      <translation>Sıradaki: %1 (%2 dk) — Ctrl+→</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="84" />
      <source>Next: — (this is the last item)</source>
      <translation>Sıradaki: — (bu son madde)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="114" />
      <source>Session %1 · planned end %2 · %3 left</source>
      <translation>Oturum %1 · planlanan bitiş %2 · kalan %3</translation>
    </message>
  </context>
  <context>
    <name>Directory</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="55" />
      <location filename="../../facilitator/ui/directory_page.py" line="83" />
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="58" />
      <source>Organization</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="63" />
      <source>Position</source>
      <translation>Görev</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="66" />
      <source>E-mail</source>
      <translation>E-posta</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="69" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="86" />
      <source>Short name</source>
      <translation>Kısa ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="89" />
      <source>Sector</source>
      <translation>Sektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="92" />
      <source>City</source>
      <translation>Şehir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="95" />
      <source>People</source>
      <translation>Kişi sayısı</translation>
    </message>
  </context>
  <context>
    <name>DirectoryPage</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="482" />
      <source>&amp;People</source>
      <translation>&amp;Kişiler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="483" />
      <source>O&amp;rganizations</source>
      <translation>Ku&amp;rumlar</translation>
    </message>
  </context>
  <context>
    <name>DirectoryPane</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="135" />
      <source>&amp;Delete</source>
      <translation>&amp;Sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="137" />
      <source>&amp;Merge into…</source>
      <translation>&amp;Birleştir…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="181" />
      <source>%1 of %2</source>
      <translation>%1 / %2</translation>
    </message>
  </context>
  <context>
    <name>EmptyPage</name>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="49" />
      <source>&lt;h2&gt;No workshop yet&lt;/h2&gt;&lt;p&gt;Start by creating a series (a theme with its workshops) or a single workshop. People and organizations you add are kept in the directory for every workshop.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Henüz çalıştay yok&lt;/h2&gt;&lt;p&gt;Bir seri (bir tema ve çalıştayları) ya da tek bir çalıştay oluşturarak başlayın. Eklediğiniz kişiler ve kurumlar her çalıştay için rehberde saklanır.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../facilitator/services/_common.py" line="24" />
      <source>{value} is not a valid {what} number.</source>
      <translation>{value} geçerli bir {what} numarası değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="35" />
      <source>The {what} #{id} no longer exists.</source>
      <translation>Bu {what} artık mevcut değil (#{id}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="45" />
      <source>{label} must be text.</source>
      <translation>{label} metin olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="51" />
      <source>{label} contains characters that cannot be stored.</source>
      <translation>{label} saklanamayan karakterler içeriyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="60" />
      <source>{label} cannot be empty.</source>
      <translation>{label} boş bırakılamaz.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="64" />
      <source>{label} is too long (at most {n} characters).</source>
      <translation>{label} çok uzun (en fazla {n} karakter).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="75" />
      <source>{label} must be a date and time.</source>
      <translation>{label} bir tarih ve saat olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="79" />
      <source>{label} has no time zone.</source>
      <translation>{label} için saat dilimi yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="83" />
      <location filename="../../facilitator/services/_common.py" line="97" />
      <source>{label} is out of range (years 1900–2200).</source>
      <translation>{label} geçerli aralığın dışında (1900–2200 yılları).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="93" />
      <source>{label} must be a date.</source>
      <translation>{label} bir tarih olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="106" />
      <source>{label} must be yes or no.</source>
      <translation>{label} evet ya da hayır olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="116" />
      <source>A search must be text.</source>
      <translation>Arama metin olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="125" />
      <source>“{value}” is not a valid {label}.</source>
      <translation>“{value}” geçerli bir {label} değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="142" />
      <source> and {n} more</source>
      <translation> ve {n} tane daha</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="103" />
      <source>An organization named “{name}” already exists.</source>
      <translation>“{name}” adlı bir kurum zaten var.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="148" />
      <source>{name} already attends this workshop.</source>
      <translation>{name} bu çalıştaya zaten katılıyor.</translation>
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
      <translation>kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="208" />
      <source>Some of these attendees no longer exist.</source>
      <translation>Bu katılımcılardan bazıları artık mevcut değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="237" />
      <location filename="../../facilitator/services/live.py" line="1145" />
      <source>attendee</source>
      <translation>katılımcı</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="193" />
      <source>{n} people</source>
      <translation>{n} kişi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="197" />
      <location filename="../../facilitator/services/directory.py" line="396" />
      <source>{n} commitments</source>
      <translation>{n} taahhüt</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="204" />
      <source>attendees of {n} workshops</source>
      <translation>{n} çalıştayın katılımcıları</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="206" />
      <source>{n} hosted workshops</source>
      <translation>ev sahipliği yaptığı {n} çalıştay</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="208" />
      <source>{n} coordinated series</source>
      <translation>koordine ettiği {n} seri</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="213" />
      <location filename="../../facilitator/services/directory.py" line="395" />
      <source>{n} recorded positions</source>
      <translation>kaydedilmiş {n} görüş</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="224" />
      <source>“{name}” cannot be deleted: {refs} refer to it.</source>
      <translation>“{name}” silinemez; şunlar bu kuruma bağlı: {refs}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="265" />
      <source>“{email}” is not an e-mail address.</source>
      <translation>“{email}” bir e-posta adresi değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="194" />
      <location filename="../../facilitator/services/live.py" line="836" />
      <location filename="../../facilitator/services/live.py" line="951" />
      <source>agenda item</source>
      <translation>gündem maddesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="242" />
      <source>The presenter must be a person attending the workshop.</source>
      <translation>Sunan, çalıştaya katılan biri olmalıdır.</translation>
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
      <translation>kişi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="111" />
      <source>{name} does not attend this workshop; add them as an attendee first.</source>
      <translation>{name} bu çalıştaya katılmıyor; önce katılımcı olarak ekleyin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="252" />
      <source>Planned minutes must be a whole number from 0 to {n}.</source>
      <translation>Planlanan süre 0 ile {n} arasında bir tam sayı olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="342" />
      <source>The agenda item “{title}” is already there.</source>
      <translation>“{title}” gündem maddesi zaten var.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="448" />
      <location filename="../../facilitator/services/agenda.py" line="518" />
      <source>The position must be between 1 and {n}.</source>
      <translation>Sıra 1 ile {n} arasında olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="534" />
      <source>Some of these agenda items no longer exist.</source>
      <translation>Bu gündem maddelerinden bazıları artık mevcut değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="590" />
      <source>Choose another workshop to copy the agenda from.</source>
      <translation>Gündemi kopyalamak için başka bir çalıştay seçin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="595" />
      <source>“{title}” has no agenda to copy.</source>
      <translation>“{title}” çalıştayının kopyalanacak gündemi yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="657" />
      <source>The agenda is empty: there is nothing to save as a template.</source>
      <translation>Gündem boş: şablon olarak kaydedilecek bir şey yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="666" />
      <source>A template named “{name}” already exists.</source>
      <translation>“{name}” adlı bir şablon zaten var.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="695" />
      <location filename="../../facilitator/services/agenda.py" line="704" />
      <source>template</source>
      <translation>şablon</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="707" />
      <source>The template “{name}” has no items.</source>
      <translation>“{name}” şablonunda madde yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="381" />
      <source>attends {n} workshops</source>
      <translation>{n} çalıştaya katılıyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="389" />
      <source>moderates {n} workshops</source>
      <translation>{n} çalıştayın moderatörü</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="393" />
      <source>{n} attributed notes</source>
      <translation>adına kaydedilmiş {n} not</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="394" />
      <source>{n} speaker turns</source>
      <translation>{n} söz alma</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="411" />
      <source>“{name}” cannot be deleted: {refs}.</source>
      <translation>“{name}” silinemez: {refs}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/series.py" line="81" />
      <location filename="../../facilitator/services/series.py" line="90" />
      <location filename="../../facilitator/services/series.py" line="104" />
      <location filename="../../facilitator/services/workshops.py" line="106" />
      <location filename="../../facilitator/services/workshops.py" line="308" />
      <source>series</source>
      <translation>seri</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/series.py" line="108" />
      <source>“{title}” cannot be deleted: it has {n} workshops. Delete or move them first.</source>
      <translation>“{title}” silinemez: {n} çalıştayı var. Önce onları silin ya da başka seriye taşıyın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="115" />
      <source>The number in the series must be between 1 and 9999.</source>
      <translation>Serideki sıra numarası 1 ile 9999 arasında olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="138" />
      <source>The language must be Turkish (tr) or English (en).</source>
      <translation>Dil Türkçe (tr) ya da İngilizce (en) olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="152" />
      <source>The workshop must end after it starts.</source>
      <translation>Çalıştayın bitişi başlangıcından sonra olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="157" />
      <source>Only a workshop in a series can have a number.</source>
      <translation>Yalnızca bir seriye ait çalıştayın sıra numarası olabilir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="169" />
      <source>Number {n} is already taken in this series by “{title}”.</source>
      <translation>Bu seride {n} numarası “{title}” tarafından kullanılıyor.</translation>
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
      <translation>çalıştay</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/merge.py" line="61" />
      <source>A person cannot be merged with themselves.</source>
      <translation>Bir kişi kendisiyle birleştirilemez.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/merge.py" line="124" />
      <source>An organization cannot be merged with itself.</source>
      <translation>Bir kurum kendisiyle birleştirilemez.</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="198" />
      <source>The change was refused by the database: {reason}</source>
      <translation>Değişiklik veritabanı tarafından reddedildi: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="204" />
      <source>The database could not be used: {reason}</source>
      <translation>Veritabanı kullanılamadı: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="86" />
      <source>{file} is a folder, not a file.</source>
      <translation>{file} bir klasör, dosya değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="90" />
      <source>{file} is {size} MB; an attendee list is far smaller (at most {limit} MB).</source>
      <translation>{file} {size} MB; bir katılımcı listesi çok daha küçüktür (en fazla {limit} MB).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="101" />
      <location filename="../../facilitator/documents/attendee_files.py" line="127" />
      <source>cannot read {file}: {reason}</source>
      <translation>{file} okunamadı: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="104" />
      <location filename="../../facilitator/documents/attendee_files.py" line="305" />
      <location filename="../../facilitator/documents/attendee_files.py" line="382" />
      <location filename="../../facilitator/documents/attendee_files.py" line="471" />
      <source>{file} is empty.</source>
      <translation>{file} boş.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="108" />
      <source>{file} is an old Excel workbook (.xls) or a password-protected one; save it as .xlsx without a password, or as CSV.</source>
      <translation>{file} eski bir Excel çalışma kitabı (.xls) ya da parolalı; parolasız .xlsx ya da CSV olarak kaydedin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="119" />
      <source>{file} is not an Excel workbook, although its name ends in .xlsx.</source>
      <translation>{file} adı .xlsx ile bitse de bir Excel çalışma kitabı değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="145" />
      <source>{file} starts like UTF-16 text but is not valid UTF-16 (byte {offset}).</source>
      <translation>{file} UTF-16 metin gibi başlıyor ama geçerli UTF-16 değil ({offset}. bayt).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="157" />
      <source>{file} is marked as UTF-8 but line {line} is not UTF-8; save it again as UTF-8.</source>
      <translation>{file} UTF-8 olarak işaretli ama {line}. satır UTF-8 değil; dosyayı UTF-8 olarak yeniden kaydedin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="171" />
      <source>{file} looks like UTF-16 text without a byte-order mark; save it as CSV in UTF-8.</source>
      <translation>{file} bayt sırası işareti olmayan UTF-16 metne benziyor; UTF-8 CSV olarak kaydedin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="187" />
      <source>{file} is neither UTF-8 nor Windows-1254 text: line {line} has the byte 0x{byte:02X}; save it again as CSV in UTF-8.</source>
      <translation>{file} ne UTF-8 ne de Windows-1254 metin: {line}. satırda 0x{byte:02X} baytı var; UTF-8 CSV olarak yeniden kaydedin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="204" />
      <source>{file} is not a text file: it holds binary data (line {line}); choose a CSV or .xlsx file.</source>
      <translation>{file} bir metin dosyası değil: ikili veri içeriyor ({line}. satır); bir CSV ya da .xlsx dosyası seçin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="216" />
      <source>{file} is not a text file: it holds binary data; choose a CSV or .xlsx file.</source>
      <translation>{file} bir metin dosyası değil: ikili veri içeriyor; bir CSV ya da .xlsx dosyası seçin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="238" />
      <source>{file} mixes encodings: line {utf8} is UTF-8 but line {other} is not; save it again as CSV in UTF-8.</source>
      <translation>{file} karışık kodlama içeriyor: {utf8}. satır UTF-8, {other}. satır değil; UTF-8 CSV olarak yeniden kaydedin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="326" />
      <location filename="../../facilitator/documents/attendee_files.py" line="452" />
      <source>{file} has more than {limit} rows; an attendee list of one workshop is expected.</source>
      <translation>{file} {limit} satırdan uzun; tek bir çalıştayın katılımcı listesi bekleniyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="349" />
      <source>{file}, row {row}, column {column}: a quote opens here and is never closed.</source>
      <translation>{file}, {row}. satır, {column} sütunu: burada açılan tırnak hiç kapanmıyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="358" />
      <source>{file}, row {row}: the quotes are not where CSV expects them ({detail}).</source>
      <translation>{file}, {row}. satır: tırnaklar CSV’nin beklediği yerde değil ({detail}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="398" />
      <source>{file} has a header row but no attendees below it.</source>
      <translation>{file} başlık satırı içeriyor ama altında katılımcı yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="434" />
      <location filename="../../facilitator/documents/attendee_files.py" line="464" />
      <source>{file} is not a readable Excel workbook ({reason}).</source>
      <translation>{file} okunabilir bir Excel çalışma kitabı değil ({reason}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="644" />
      <location filename="../../facilitator/documents/attendee_files.py" line="657" />
      <source>cannot write {file}: {reason}</source>
      <translation>{file} yazılamadı: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="740" />
      <source>{file}: the file name must end in .csv or .xlsx.</source>
      <translation>{file}: dosya adı .csv ya da .xlsx ile bitmelidir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="114" />
      <source>{file}, row {row}: {problem}</source>
      <translation>{file}, {row}. satır: {problem}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="117" />
      <source>{file}, row {row}, column {column}: {problem}</source>
      <translation>{file}, {row}. satır, {column} sütunu: {problem}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="365" />
      <source> (and {n} more problems)</source>
      <translation> (ve {n} sorun daha)</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="388" />
      <source>{file}: columns {columns} are all mapped to {field}.</source>
      <translation>{file}: {columns} sütunlarının hepsi {field} alanına eşlenmiş.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="396" />
      <source>{file}: no column holds the names; map one to {full} or to {given}.</source>
      <translation>{file}: adları içeren bir sütun yok; bir sütunu {full} ya da {given} alanına eşleyin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="480" />
      <source>the row has {n} cells but the header has {m}; is a separator inside a value that is not in quotes?</source>
      <translation>satırda {n} hücre var ama başlıkta {m}; tırnak içinde olmayan bir değerin içinde ayraç mı var?</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="495" />
      <source>the value runs over several lines; is a quote left open?</source>
      <translation>değer birkaç satıra yayılıyor; açık kalmış bir tırnak mı var?</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="514" />
      <source>the row has no name.</source>
      <translation>satırda ad yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="675" />
      <source>{file}: the directory or the attendees changed since the preview was made; look at the preview again.</source>
      <translation>{file}: önizleme hazırlandıktan sonra rehber ya da katılımcılar değişti; önizlemeye yeniden bakın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="761" />
      <source>The import was cancelled; nothing was imported.</source>
      <translation>İçe aktarma iptal edildi; hiçbir şey aktarılmadı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="312" />
      <source>The session of “{title}” has ended.</source>
      <translation>“{title}” oturumu sona erdi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="315" />
      <source>The session of “{title}” has not started.</source>
      <translation>“{title}” oturumu henüz başlamadı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="693" />
      <source>There is no next agenda item.</source>
      <translation>Sonraki gündem maddesi yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="722" />
      <source>There is no previous agenda item.</source>
      <translation>Önceki gündem maddesi yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="839" />
      <source>The agenda item “{title}” is not on this agenda.</source>
      <translation>“{title}” gündem maddesi bu gündemde değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="880" />
      <source>note</source>
      <translation>not</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="917" />
      <source>The note #{id} is already there.</source>
      <translation>#{id} numaralı not zaten var.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="999" />
      <source>A speaking time limit must be a whole number of seconds from 1 to {n}.</source>
      <translation>Konuşma süresi sınırı 1 ile {n} arasında tam sayı saniye olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="1021" />
      <source>{name} is not checked in as present.</source>
      <translation>{name} gelmiş olarak işaretlenmedi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="1035" />
      <source>{name} is already waiting for the floor.</source>
      <translation>{name} zaten söz sırasında bekliyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="1078" />
      <source>Nobody is waiting for the floor.</source>
      <translation>Söz sırasında bekleyen kimse yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="1101" />
      <source>speaker turn</source>
      <translation>söz alma</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="1104" />
      <source>This turn has already started; end it instead.</source>
      <translation>Bu konuşma başladı; geri çekmek yerine bitirin.</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <location filename="../../facilitator/services/directory.py" line="97" />
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="110" />
      <source>Short name</source>
      <translation>Kısa ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="114" />
      <source>sector</source>
      <translation>sektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="118" />
      <source>City</source>
      <translation>Şehir</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="122" />
      <source>Website</source>
      <translation>Web sitesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="276" />
      <source>Contact consent</source>
      <translation>İletişim onayı</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="281" />
      <source>The consent date</source>
      <translation>Onay tarihi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="65" />
      <source>Full name</source>
      <translation>Ad Soyad</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="66" />
      <location filename="../../facilitator/services/directory.py" line="250" />
      <source>Honorific</source>
      <translation>Unvan</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="67" />
      <location filename="../../facilitator/services/directory.py" line="251" />
      <location filename="../../facilitator/services/live.py" line="1179" />
      <source>Given name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="68" />
      <location filename="../../facilitator/services/directory.py" line="252" />
      <location filename="../../facilitator/services/live.py" line="1184" />
      <source>Family name</source>
      <translation>Soyad</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="69" />
      <source>Organization</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="70" />
      <location filename="../../facilitator/services/directory.py" line="253" />
      <source>Position</source>
      <translation>Görev</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="72" />
      <location filename="../../facilitator/services/directory.py" line="254" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import.py" line="71" />
      <location filename="../../facilitator/services/directory.py" line="262" />
      <source>E-mail</source>
      <translation>E-posta</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="267" />
      <location filename="../../facilitator/services/series.py" line="37" />
      <location filename="../../facilitator/services/workshops.py" line="92" />
      <location filename="../../facilitator/services/workshops.py" line="318" />
      <source>Title</source>
      <translation>Başlık</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="273" />
      <source>kind of agenda item</source>
      <translation>gündem maddesi türü</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="280" />
      <source>Goal</source>
      <translation>Amaç</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="650" />
      <source>Template name</source>
      <translation>Şablon adı</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/series.py" line="50" />
      <source>Description</source>
      <translation>Açıklama</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="95" />
      <source>Guiding question</source>
      <translation>Yol gösterici soru</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="96" />
      <source>Venue address</source>
      <translation>Mekân adresi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="97" />
      <source>Objectives</source>
      <translation>Hedefler</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="103" />
      <source>Venue</source>
      <translation>Mekân</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="120" />
      <location filename="../../facilitator/services/workshops.py" line="302" />
      <source>Start</source>
      <translation>Başlangıç</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="121" />
      <location filename="../../facilitator/services/workshops.py" line="311" />
      <location filename="../../facilitator/services/workshops.py" line="324" />
      <source>End</source>
      <translation>Bitiş</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="144" />
      <source>status</source>
      <translation>durum</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="160" />
      <location filename="../../facilitator/services/attendees.py" line="190" />
      <source>role</source>
      <translation>rol</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="162" />
      <location filename="../../facilitator/services/attendees.py" line="194" />
      <source>invitation</source>
      <translation>davet durumu</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="165" />
      <location filename="../../facilitator/services/attendees.py" line="198" />
      <source>attendance</source>
      <translation>katılım durumu</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="69" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="70" />
      <source>Invitation</source>
      <translation>Davet</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="71" />
      <source>Attendance</source>
      <translation>Katılım</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="92" />
      <source>Attendees</source>
      <translation>Katılımcılar</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="820" />
      <source>Note</source>
      <translation>Not</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="826" />
      <source>kind of note</source>
      <translation>not türü</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live.py" line="1143" />
      <source>Present</source>
      <translation>Geldi</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="360" />
      <source>Import attendees — %1</source>
      <translation>Katılımcıları içe aktar — %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="376" />
      <source>(ignore)</source>
      <translation>(yok say)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="403" />
      <source>Show only rows with &amp;errors</source>
      <translation>Yalnızca &amp;hatalı satırları göster</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="443" />
      <source>&amp;Import</source>
      <translation>&amp;İçe aktar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="455" />
      <source>&lt;b&gt;Columns&lt;/b&gt; — what each column of the file holds:</source>
      <translation>&lt;b&gt;Sütunlar&lt;/b&gt; — dosyanın her sütununda ne var:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="469" />
      <location filename="../../facilitator/ui/import_dialog.py" line="533" />
      <source>Updating the preview…</source>
      <translation>Önizleme güncelleniyor…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="476" />
      <source>Full name</source>
      <translation>Ad Soyad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="477" />
      <source>Honorific</source>
      <translation>Unvan</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="478" />
      <source>Given name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="479" />
      <source>Family name</source>
      <translation>Soyad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="480" />
      <source>Organization</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="481" />
      <source>Position</source>
      <translation>Görev</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="482" />
      <source>E-mail</source>
      <translation>E-posta</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="483" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="488" />
      <source>UTF-8</source>
      <translation>UTF-8</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="489" />
      <source>UTF-8 with byte-order mark</source>
      <translation>UTF-8 (bayt sırası işaretli)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="490" />
      <source>Windows-1254 (Turkish)</source>
      <translation>Windows-1254 (Türkçe)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="491" />
      <source>UTF-16</source>
      <translation>UTF-16</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="496" />
      <source>semicolon (;)</source>
      <translation>noktalı virgül (;)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="497" />
      <source>comma (,)</source>
      <translation>virgül (,)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="498" />
      <source>tab</source>
      <translation>sekme</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="499" />
      <source>none (one column)</source>
      <translation>yok (tek sütun)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="504" />
      <source>Excel workbook, sheet “%1”</source>
      <translation>Excel çalışma kitabı, “%1” sayfası</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="507" />
      <source>Encoding: %1 · Separator: %2</source>
      <translation>Kodlama: %1 · Ayraç: %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="511" />
      <source>%1 rows below the header</source>
      <translation>Başlığın altında %1 satır</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="592" />
      <source>To import: %1</source>
      <translation>Aktarılacak: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="593" />
      <source>New: %1</source>
      <translation>Yeni: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="594" />
      <source>Matched: %1</source>
      <translation>Eşleşen: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="595" />
      <source>Already attending: %1</source>
      <translation>Zaten katılıyor: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="596" />
      <source>Repeated in the file: %1</source>
      <translation>Dosyada tekrar eden: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="597" />
      <source>Errors: %1</source>
      <translation>Hatalar: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="598" />
      <source>New organizations: %1</source>
      <translation>Yeni kurumlar: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="606" />
      <source>Nothing is imported while any row has an error. Correct the file or the column mapping. First error:</source>
      <translation>Herhangi bir satırda hata varken hiçbir şey aktarılmaz. Dosyayı ya da sütun eşlemesini düzeltin. İlk hata:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="664" />
      <source>Imported: %1 new people, %2 from the directory, %3 skipped; %4 new organizations.</source>
      <translation>Aktarıldı: %1 yeni kişi, rehberden %2 kişi, %3 atlandı; %4 yeni kurum.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="686" />
      <source>Cancelled: nothing was imported.</source>
      <translation>İptal edildi: hiçbir şey aktarılmadı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="741" />
      <location filename="../../facilitator/ui/import_dialog.py" line="762" />
      <source>Import attendees</source>
      <translation>Katılımcıları içe aktar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="743" />
      <source>Attendee lists (*.csv *.xlsx *.txt);;All files (*)</source>
      <translation>Katılımcı listeleri (*.csv *.xlsx *.txt);;Tüm dosyalar (*)</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewModel</name>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="112" />
      <source>Row</source>
      <translation>Satır</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="113" />
      <source>Status</source>
      <translation>Durum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="114" />
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="115" />
      <source>Organization</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="116" />
      <source>Position</source>
      <translation>Görev</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="117" />
      <source>E-mail</source>
      <translation>E-posta</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="118" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="119" />
      <source>Details</source>
      <translation>Ayrıntı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="122" />
      <source>New</source>
      <translation>Yeni</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="123" />
      <source>Matched</source>
      <translation>Eşleşti</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="124" />
      <source>Already attending</source>
      <translation>Zaten katılıyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="125" />
      <source>Repeated</source>
      <translation>Tekrar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="126" />
      <source>Error</source>
      <translation>Hata</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="157" />
      <source>Same person as row %1; skipped</source>
      <translation>%1. satırdaki kişiyle aynı; atlandı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="159" />
      <source>%1 already attends; skipped</source>
      <translation>%1 zaten katılıyor; atlandı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="161" />
      <source>Matched to %1</source>
      <translation>%1 ile eşleşti</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="163" />
      <source>New person</source>
      <translation>Yeni kişi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="166" />
      <source>new organization</source>
      <translation>yeni kurum</translation>
    </message>
  </context>
  <context>
    <name>ImportThread</name>
    <message>
      <location filename="../../facilitator/ui/import_dialog.py" line="325" />
      <source>The import failed and nothing was written: %1</source>
      <translation>İçe aktarma başarısız oldu, hiçbir şey yazılmadı: %1</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="12" />
      <source>Company</source>
      <translation>Şirket</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="13" />
      <source>NGO / association</source>
      <translation>STK / dernek</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="14" />
      <source>Foundation</source>
      <translation>Vakıf</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="15" />
      <source>University</source>
      <translation>Üniversite</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="16" />
      <source>Public body</source>
      <translation>Kamu kurumu</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="17" />
      <source>International</source>
      <translation>Uluslararası</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="18" />
      <source>Other</source>
      <translation>Diğer</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="24" />
      <source>Draft</source>
      <translation>Taslak</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="25" />
      <source>Scheduled</source>
      <translation>Planlandı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="26" />
      <source>In session</source>
      <translation>Oturumda</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="27" />
      <source>Held</source>
      <translation>Yapıldı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/labels.py" line="28" />
      <source>Minutes sent</source>
      <translation>Tutanak gönderildi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="31" />
      <location filename="../../facilitator/ui/labels.py" line="38" />
      <source>Moderator</source>
      <translation>Moderatör</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="32" />
      <location filename="../../facilitator/ui/labels.py" line="39" />
      <source>Host</source>
      <translation>Ev sahibi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="33" />
      <location filename="../../facilitator/ui/labels.py" line="40" />
      <source>Speaker</source>
      <translation>Konuşmacı</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="34" />
      <location filename="../../facilitator/ui/labels.py" line="41" />
      <source>Participant</source>
      <translation>Katılımcı</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="35" />
      <location filename="../../facilitator/ui/labels.py" line="42" />
      <source>Observer</source>
      <translation>Gözlemci</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="36" />
      <location filename="../../facilitator/ui/labels.py" line="43" />
      <source>Rapporteur</source>
      <translation>Raportör</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="37" />
      <location filename="../../facilitator/ui/labels.py" line="44" />
      <source>Organizer</source>
      <translation>Düzenleyici</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="43" />
      <location filename="../../facilitator/ui/labels.py" line="50" />
      <source>Not invited</source>
      <translation>Davet edilmedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="44" />
      <location filename="../../facilitator/ui/labels.py" line="51" />
      <source>Invited</source>
      <translation>Davet edildi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="45" />
      <location filename="../../facilitator/ui/labels.py" line="52" />
      <source>Confirmed</source>
      <translation>Onayladı</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="46" />
      <location filename="../../facilitator/ui/labels.py" line="53" />
      <source>Declined</source>
      <translation>Katılamayacak</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="52" />
      <location filename="../../facilitator/ui/labels.py" line="59" />
      <source>Unknown</source>
      <translation>Bilinmiyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="53" />
      <location filename="../../facilitator/ui/labels.py" line="60" />
      <source>Present</source>
      <translation>Geldi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="54" />
      <location filename="../../facilitator/ui/labels.py" line="61" />
      <source>Absent</source>
      <translation>Gelmedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="55" />
      <location filename="../../facilitator/ui/labels.py" line="62" />
      <source>Excused</source>
      <translation>Mazeretli</translation>
    </message>
  </context>
  <context>
    <name>Live</name>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="53" />
      <source>Point</source>
      <translation>Görüş</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="54" />
      <source>Idea</source>
      <translation>Fikir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="55" />
      <source>Concern</source>
      <translation>Kaygı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="56" />
      <source>Question</source>
      <translation>Soru</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="57" />
      <source>Proposal</source>
      <translation>Öneri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="58" />
      <source>Quote</source>
      <translation>Alıntı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="59" />
      <source>Action</source>
      <translation>Eylem</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="60" />
      <source>Parking lot</source>
      <translation>Park alanı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="201" />
      <source>%1 min</source>
      <translation>%1 dk</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="206" />
      <source>%1 / %2 min</source>
      <translation>%1 / %2 dk</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="249" />
      <source>Agenda item</source>
      <translation>Gündem maddesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="250" />
      <source>Actual / planned</source>
      <translation>Gerçek / planlanan</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="264" />
      <source>present</source>
      <translation>geldi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="268" />
      <source>Attendee</source>
      <translation>Katılımcı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="282" />
      <source>Waiting</source>
      <translation>Bekleyen</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="287" />
      <source>Represents</source>
      <translation>Temsil ettiği kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="296" />
      <source>Person</source>
      <translation>Kişi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="298" />
      <location filename="../../facilitator/ui/live/models.py" line="325" />
      <source>Time</source>
      <translation>Süre</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="304" />
      <location filename="../../facilitator/ui/live/models.py" line="331" />
      <source>Turns</source>
      <translation>Söz sayısı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="320" />
      <source>Organization</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/models.py" line="321" />
      <source>(none)</source>
      <translation>(yok)</translation>
    </message>
  </context>
  <context>
    <name>LiveWindow</name>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="104" />
      <source>Enter save note · Ctrl+1…8 kind · Ctrl+P attribute · Up edit last · Ctrl+Backspace delete last · Ctrl+K parking lot · Ctrl+Z undo · Ctrl+←/→ agenda · Ctrl+S queue · Ctrl+N next speaker · Ctrl+E end turn · Ctrl+I check-in · Ctrl+W walk-in · F5 projector · Ctrl+Shift+E ×2 end session</source>
      <translation>Enter notu kaydet · Ctrl+1…8 tür · Ctrl+P kişiye bağla · Yukarı son notu düzenle · Ctrl+Backspace son notu sil · Ctrl+K park alanı · Ctrl+Z geri al · Ctrl+←/→ gündem · Ctrl+S söz sırası · Ctrl+N sıradaki konuşmacı · Ctrl+E konuşmayı bitir · Ctrl+I giriş · Ctrl+W kayıtsız gelen · F5 projektör · Ctrl+Shift+E ×2 oturumu bitir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="188" />
      <source>Undone: %1</source>
      <translation>Geri alındı: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="190" />
      <source>Nothing to undo.</source>
      <translation>Geri alınacak bir şey yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="195" />
      <source>Redone: %1</source>
      <translation>Yinelendi: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="208" />
      <source>Live — %1</source>
      <translation>Canlı — %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="213" />
      <source>Session resumed where it was.</source>
      <translation>Oturum kaldığı yerden sürüyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="294" />
      <source>Press Ctrl+Shift+E again to end the session.</source>
      <translation>Oturumu bitirmek için Ctrl+Shift+E’ye yeniden basın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="304" />
      <source>The session has ended.</source>
      <translation>Oturum sona erdi.</translation>
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
      <translation>Kişiler &amp;&amp; kurumlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="216" />
      <source>&amp;New workshop…</source>
      <translation>&amp;Yeni çalıştay…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="219" />
      <source>New &amp;series…</source>
      <translation>Yeni &amp;seri…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="222" />
      <source>&amp;Quit</source>
      <translation>Çı&amp;kış</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="225" />
      <source>&amp;Duplicate workshop…</source>
      <translation>Çalıştayı ç&amp;oğalt…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="228" />
      <source>De&amp;lete workshop…</source>
      <translation>Çalıştayı si&amp;l…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="231" />
      <source>Delete series…</source>
      <translation>Seriyi sil…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="234" />
      <source>Start or resume the &amp;live session</source>
      <translation>&amp;Canlı oturumu başlat ya da sürdür</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="237" />
      <source>&amp;People and organizations</source>
      <translation>&amp;Kişiler ve kurumlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="240" />
      <source>&amp;Find in directory</source>
      <translation>Rehberde &amp;ara</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="243" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Tercihler…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="248" />
      <source>&amp;About Facilitator</source>
      <translation>Facilitator &amp;hakkında</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="251" />
      <source>&amp;Undo</source>
      <translation>&amp;Geri al:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="253" />
      <source>&amp;Redo</source>
      <translation>&amp;Yinele:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="257" />
      <source>&amp;File</source>
      <translation>&amp;Dosya</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="262" />
      <source>&amp;Edit</source>
      <translation>Dü&amp;zen</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="268" />
      <source>&amp;Workshop</source>
      <translation>&amp;Çalıştay</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="274" />
      <source>&amp;Live</source>
      <translation>&amp;Canlı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="276" />
      <source>&amp;Settings</source>
      <translation>&amp;Ayarlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="278" />
      <source>&amp;Help</source>
      <translation>&amp;Yardım</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="312" />
      <source>Resume the session</source>
      <translation>Oturumu sürdür</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="313" />
      <source>“%1” is still in session. Go back to the live screen?</source>
      <translation>“%1” hâlâ oturumda. Canlı ekrana dönülsün mü?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="331" />
      <source>Without series</source>
      <translation>Serisiz</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="335" />
      <source>%1 · %2 workshops</source>
      <translation>%1 · %2 çalıştay</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="450" />
      <source>Cannot create the workshop</source>
      <translation>Çalıştay oluşturulamadı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="461" />
      <source>New series</source>
      <translation>Yeni seri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="461" />
      <source>Title of the series:</source>
      <translation>Serinin başlığı:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="467" />
      <source>Cannot create the series</source>
      <translation>Seri oluşturulamadı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="491" />
      <source>Duplicate workshop</source>
      <translation>Çalıştayı çoğalt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="505" />
      <source>Cannot duplicate the workshop</source>
      <translation>Çalıştay çoğaltılamadı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="519" />
      <source>Delete “%1” with its agenda, attendees, notes and decisions? People and organizations stay in the directory.</source>
      <translation>“%1” gündemi, katılımcıları, notları ve kararlarıyla birlikte silinsin mi? Kişiler ve kurumlar rehberde kalır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="522" />
      <source>Delete workshop</source>
      <translation>Çalıştayı sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="527" />
      <source>Cannot delete the workshop</source>
      <translation>Çalıştay silinemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="545" />
      <source>Its roadmap with %1 commitments is deleted with it.</source>
      <translation>%1 taahhüt içeren yol haritası da onunla birlikte silinir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="547" />
      <source>Delete series</source>
      <translation>Seriyi sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="541" />
      <source>Delete the series “%1”?</source>
      <translation>“%1” serisi silinsin mi?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="552" />
      <source>Cannot delete the series</source>
      <translation>Seri silinemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="570" />
      <source>Empty database</source>
      <translation>Boş veritabanı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="572" />
      <source>This database holds no workshop yet. Load the demo series (fictional institutions and people) to look around?</source>
      <translation>Bu veritabanında henüz çalıştay yok. Göz atmak için örnek seri (kurgusal kurumlar ve kişiler) yüklensin mi?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="596" />
      <source>Cannot undo</source>
      <translation>Geri alınamadı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="599" />
      <source>Saved ✓</source>
      <translation>Kaydedildi ✓</translation>
    </message>
  </context>
  <context>
    <name>MergeTargetDialog</name>
    <message>
      <location filename="../../facilitator/ui/merge_dialog.py" line="26" />
      <source>Search…</source>
      <translation>Ara…</translation>
    </message>
  </context>
  <context>
    <name>NewOrganizationDialog</name>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="150" />
      <source>New organization</source>
      <translation>Yeni kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="157" />
      <source>&amp;Name</source>
      <translation>&amp;Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="158" />
      <source>&amp;Short name</source>
      <translation>&amp;Kısa ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="159" />
      <source>S&amp;ector</source>
      <translation>&amp;Sektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="160" />
      <source>&amp;City</source>
      <translation>Ş&amp;ehir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="163" />
      <source>Enter the organization's name.</source>
      <translation>Kurumun adını girin.</translation>
    </message>
  </context>
  <context>
    <name>NewPersonDialog</name>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="121" />
      <source>New person</source>
      <translation>Yeni kişi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="126" />
      <source>(none)</source>
      <translation>(yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="129" />
      <source>&amp;Honorific</source>
      <translation>&amp;Unvan</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="130" />
      <source>&amp;Given name</source>
      <translation>&amp;Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="131" />
      <source>&amp;Family name</source>
      <translation>&amp;Soyad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="132" />
      <source>&amp;Organization</source>
      <translation>&amp;Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="135" />
      <source>Enter at least a given name.</source>
      <translation>En azından bir ad girin.</translation>
    </message>
  </context>
  <context>
    <name>NewWorkshopDialog</name>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="75" />
      <source>New workshop</source>
      <translation>Yeni çalıştay</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="78" />
      <source>(no series)</source>
      <translation>(seri yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="95" />
      <source>&amp;Title</source>
      <translation>&amp;Başlık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="96" />
      <source>&amp;Series</source>
      <translation>&amp;Seri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="97" />
      <source>&amp;Date</source>
      <translation>&amp;Tarih</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="98" />
      <source>T&amp;ime</source>
      <translation>Sa&amp;at</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="102" />
      <source>Give the workshop a title.</source>
      <translation>Çalıştaya bir başlık verin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/new_item_dialogs.py" line="104" />
      <source>The workshop must end after it starts.</source>
      <translation>Çalıştayın bitişi başlangıcından sonra olmalıdır.</translation>
    </message>
  </context>
  <context>
    <name>NotesPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="59" />
      <source>Type a note and press Enter (Up: edit the last note)</source>
      <translation>Notu yazıp Enter’a basın (Yukarı: son notu düzenle)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="69" />
      <source>Attribute the next note to… (Enter picks, Esc cancels)</source>
      <translation>Sıradaki not kimin… (Enter seçer, Esc vazgeçer)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="85" />
      <source>Notes of this item</source>
      <translation>Bu maddenin notları</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="132" />
      <source>Kind of the next note: Ctrl+1 … Ctrl+8</source>
      <translation>Sıradaki notun türü: Ctrl+1 … Ctrl+8</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="158" />
      <source>Next note by: %1 (Ctrl+P: someone else)</source>
      <translation>Sıradaki not: %1 (Ctrl+P: başka biri)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="162" />
      <source>Next note by the speaker: %1 (Ctrl+P: someone else)</source>
      <translation>Sıradaki not konuşmacının: %1 (Ctrl+P: başka biri)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="166" />
      <source>Next note: nobody in particular (Ctrl+P: attribute it)</source>
      <translation>Sıradaki not: kimseye bağlı değil (Ctrl+P: birine bağla)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="240" />
      <source>There is no note to edit yet.</source>
      <translation>Henüz düzenlenecek not yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="246" />
      <source>Editing the last note — Enter saves, Esc cancels</source>
      <translation>Son not düzenleniyor — Enter kaydeder, Esc vazgeçer</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="272" />
      <source>edit note</source>
      <translation>not düzenleme</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="275" />
      <source>Note changed — Ctrl+Z to undo.</source>
      <translation>Not değişti — geri almak için Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="283" />
      <source>There is no note to delete.</source>
      <translation>Silinecek not yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="302" />
      <source>delete note</source>
      <translation>not silme</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="303" />
      <source>Note deleted — Ctrl+Z to undo.</source>
      <translation>Not silindi — geri almak için Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="311" />
      <source>There is no note to send to the parking lot.</source>
      <translation>Park alanına gönderilecek not yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="325" />
      <source>parking lot</source>
      <translation>park alanı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="327" />
      <source>Note sent to the parking lot — Ctrl+Z to undo.</source>
      <translation>Not park alanına gönderildi — geri almak için Ctrl+Z.</translation>
    </message>
  </context>
  <context>
    <name>OrganizationsPane</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="371" />
      <source>Search organizations by name, short name, city…</source>
      <translation>Kurumlarda ad, kısa ad, şehir ile arayın…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="372" />
      <source>&amp;Add organization…</source>
      <translation>Kurum &amp;ekle…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="381" />
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="382" />
      <source>Short name</source>
      <translation>Kısa ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="383" />
      <source>Sector</source>
      <translation>Sektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="384" />
      <source>City</source>
      <translation>Şehir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="385" />
      <source>Website</source>
      <translation>Web sitesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="415" />
      <source>Cannot add the organization</source>
      <translation>Kurum eklenemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="426" />
      <source>Delete %1 from the directory?</source>
      <translation>%1 rehberden silinsin mi?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="427" />
      <source>Delete organization</source>
      <translation>Kurumu sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="432" />
      <source>Cannot delete the organization</source>
      <translation>Kurum silinemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="447" />
      <location filename="../../facilitator/ui/directory_page.py" line="459" />
      <source>Merge organization</source>
      <translation>Kurumu birleştir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="449" />
      <source>Choose the entry that %1 is the same organization as. Its people, attendees, commitments and workshops move to it, and %1 leaves the directory.</source>
      <translation>%1 ile aynı kurum olan kaydı seçin. Kişileri, katılımcıları, taahhütleri ve çalıştayları o kayda geçer; %1 rehberden çıkar.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="460" />
      <source>Merge %1 into %2? This cannot be undone.</source>
      <translation>%1, %2 kaydıyla birleştirilsin mi? Bu işlem geri alınamaz.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="468" />
      <source>Cannot merge</source>
      <translation>Birleştirilemedi</translation>
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="71" />
      <source>from</source>
      <translation>başlangıç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="73" />
      <source>to</source>
      <translation>bitiş</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="79" />
      <source>&amp;Number in series</source>
      <translation>Serideki sıra &amp;no</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="80" />
      <source>&amp;Title</source>
      <translation>&amp;Başlık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="82" />
      <source>&amp;Date and time</source>
      <translation>&amp;Tarih ve saat</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="85" />
      <source>&amp;Venue</source>
      <translation>&amp;Mekân</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="88" />
      <source>&amp;Moderator</source>
      <translation>M&amp;oderatör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="81" />
      <source>Guiding &amp;question</source>
      <translation>Yol göste&amp;rici soru</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="78" />
      <source>Se&amp;ries</source>
      <translation>&amp;Seri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="86" />
      <source>Venue address</source>
      <translation>Mekân adr&amp;esi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="87" />
      <source>Host organi&amp;zation</source>
      <translation>Ev sa&amp;hibi kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="89" />
      <source>Language</source>
      <translation>D&amp;il</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="90" />
      <source>Stat&amp;us</source>
      <translation>D&amp;urum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="91" />
      <source>Ob&amp;jectives</source>
      <translation>Hede&amp;fler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="147" />
      <source>(no series)</source>
      <translation>(seri yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="151" />
      <location filename="../../facilitator/ui/overview_tab.py" line="155" />
      <source>(none)</source>
      <translation>(yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="196" />
      <source>series</source>
      <translation>seri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="197" />
      <source>number in series</source>
      <translation>serideki sıra no</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="198" />
      <source>title</source>
      <translation>başlık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="199" />
      <source>guiding question</source>
      <translation>yol gösterici soru</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="200" />
      <source>date and time</source>
      <translation>tarih ve saat</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="201" />
      <source>venue</source>
      <translation>mekân</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="202" />
      <source>venue address</source>
      <translation>mekân adresi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="203" />
      <source>host organization</source>
      <translation>ev sahibi kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="204" />
      <source>moderator</source>
      <translation>moderatör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="205" />
      <source>language</source>
      <translation>dil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="206" />
      <source>status</source>
      <translation>durum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="207" />
      <source>objectives</source>
      <translation>hedefler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="234" />
      <source>Change the %1</source>
      <translation>%1 değişikliği</translation>
    </message>
  </context>
  <context>
    <name>PeoplePane</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="224" />
      <source>Search people by name, organization, e-mail…</source>
      <translation>Kişilerde ad, kurum, e-posta ile arayın…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="225" />
      <source>&amp;Add person…</source>
      <translation>Kişi &amp;ekle…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="233" />
      <source>Contact details may appear in documents</source>
      <translation>İletişim bilgileri belgelerde yer alabilir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="238" />
      <source>not given</source>
      <translation>verilmedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="240" />
      <source>Honorific</source>
      <translation>Unvan</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="241" />
      <source>Given name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="242" />
      <source>Family name</source>
      <translation>Soyad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="243" />
      <source>Position</source>
      <translation>Görev</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="244" />
      <source>Organization</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="245" />
      <source>E-mail</source>
      <translation>E-posta</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="246" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="248" />
      <source>Data-processing consent given on</source>
      <translation>Kişisel veri işleme onay tarihi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="251" />
      <source>Workshops</source>
      <translation>Çalıştaylar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="269" />
      <source>(none)</source>
      <translation>(yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="283" />
      <source>Not in any workshop yet</source>
      <translation>Henüz hiçbir çalıştayda yok</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="309" />
      <source>Cannot add the person</source>
      <translation>Kişi eklenemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="320" />
      <source>Delete %1 from the directory?</source>
      <translation>%1 rehberden silinsin mi?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="321" />
      <source>Delete person</source>
      <translation>Kişiyi sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="326" />
      <source>Cannot delete the person</source>
      <translation>Kişi silinemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="339" />
      <location filename="../../facilitator/ui/directory_page.py" line="351" />
      <source>Merge person</source>
      <translation>Kişiyi birleştir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="341" />
      <source>Choose the entry that %1 is the same person as. Their workshops, notes, positions and commitments move to it, and %1 leaves the directory.</source>
      <translation>%1 ile aynı kişi olan kaydı seçin. Çalıştayları, notları, görüşleri ve taahhütleri o kayda geçer; %1 rehberden çıkar.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="352" />
      <source>Merge %1 into %2? This cannot be undone.</source>
      <translation>%1, %2 kaydıyla birleştirilsin mi? Bu işlem geri alınamaz.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="360" />
      <source>Cannot merge</source>
      <translation>Birleştirilemedi</translation>
    </message>
  </context>
  <context>
    <name>ProjectorWindow</name>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="42" />
      <source>Facilitator — projector</source>
      <translation>Facilitator — projektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="59" />
      <source>Decisions agreed</source>
      <translation>Alınan kararlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="84" />
      <source>Break</source>
      <translation>Ara</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="88" />
      <source>Speaking: %1</source>
      <translation>Konuşan: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="92" />
      <source>Next: %1</source>
      <translation>Sıradaki: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="97" />
      <source>None yet</source>
      <translation>Henüz yok</translation>
    </message>
  </context>
  <context>
    <name>SeriesPage</name>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="46" />
      <source>&amp;Title</source>
      <translation>&amp;Başlık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="47" />
      <source>&amp;Coordinating organization</source>
      <translation>&amp;Koordinatör kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="48" />
      <source>&amp;Description</source>
      <translation>&amp;Açıklama</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="55" />
      <source>Deta&amp;ils</source>
      <translation>&amp;Ayrıntılar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="69" />
      <source>(none)</source>
      <translation>(yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="83" />
      <location filename="../../facilitator/ui/series_page.py" line="103" />
      <source>%1 workshops</source>
      <translation>%1 çalıştay</translation>
    </message>
  </context>
  <context>
    <name>SeriesTreeModel</name>
    <message>
      <location filename="../../facilitator/ui/series_tree_model.py" line="85" />
      <source>Series and workshops</source>
      <translation>Seriler ve çalıştaylar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_tree_model.py" line="85" />
      <source>Status</source>
      <translation>Durum</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../facilitator/ui/settings_dialog.py" line="15" />
      <source>Settings</source>
      <translation>Ayarlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings_dialog.py" line="21" />
      <source>Interface &amp;language</source>
      <translation>Arayüz &amp;dili</translation>
    </message>
  </context>
  <context>
    <name>SpeakersPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="74" />
      <source>Speakers</source>
      <translation>Konuşmacılar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="76" />
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="144" />
      <source>Nobody is speaking</source>
      <translation>Kimse konuşmuyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="89" />
      <source> s</source>
      <translation> sn</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="90" />
      <source>no limit</source>
      <translation>sınırsız</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="92" />
      <source>First-timers first</source>
      <translation>İlk kez konuşanlar öne</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="93" />
      <source>People who have not spoken yet go to the front</source>
      <translation>Henüz konuşmamış olanlar sıranın önüne geçer</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="97" />
      <source>Turn limit</source>
      <translation>Süre sınırı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="103" />
      <source>Ctrl+S: add a present person to the queue…</source>
      <translation>Ctrl+S: gelmiş bir kişiyi söz sırasına ekleyin…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="150" />
      <source>Next: %1 (Ctrl+N)</source>
      <translation>Sıradaki: %1 (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="152" />
      <source>Nobody is waiting</source>
      <translation>Bekleyen yok</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="183" />
      <source>Time is nearly up</source>
      <translation>Süre dolmak üzere</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="184" />
      <source>Over the time limit</source>
      <translation>Süre aşıldı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="228" />
      <source>%1 is in the queue.</source>
      <translation>%1 söz sırasında.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="245" />
      <source>%1 has the floor.</source>
      <translation>Konuşan: %1.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="247" />
      <source>The turn ended; nobody is waiting.</source>
      <translation>Konuşma bitti; bekleyen yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="259" />
      <source>Nobody is speaking.</source>
      <translation>Kimse konuşmuyor.</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="168" />
      <source>Start from a template</source>
      <translation>Bir şablondan başla</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="181" />
      <source>&amp;Delete template</source>
      <translation>Şablonu &amp;sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="183" />
      <source>&amp;Replace the current agenda</source>
      <translation>Mevcut gündemin &amp;yerine koy</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="184" />
      <source>&amp;Add after the current items</source>
      <translation>Mevcut maddelerin &amp;ardına ekle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="195" />
      <source>Use template</source>
      <translation>Şablonu kullan</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="222" />
      <source>min</source>
      <translation>dk</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/agenda_tab.py" line="226" />
      <source>Total: %1 min</source>
      <translation>Toplam: %1 dk</translation>
    </message>
  </context>
  <context>
    <name>WorkshopPage</name>
    <message>
      <location filename="../../facilitator/ui/workshop_page.py" line="40" />
      <source>&amp;Overview</source>
      <translation>&amp;Genel bakış</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop_page.py" line="68" />
      <source>%1. Workshop — </source>
      <translation>%1. Çalıştay — </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop_page.py" line="77" />
      <source>host: %1</source>
      <translation>ev sahibi: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop_page.py" line="84" />
      <source>&amp;Attendees %1</source>
      <translation>&amp;Katılımcılar %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop_page.py" line="88" />
      <source>A&amp;genda %1</source>
      <translation>G&amp;ündem %1</translation>
    </message>
  </context>
</TS>
