<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
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
      <translation>Çok paydaşlı çalıştayları çevrimdışı yürütün: katılımcılar, zamanlı gündem, notlar, uzlaşı kararları, taahhütler ve tutanaklar.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="53" />
      <source>Facilitator is free software under the GNU General Public License, version 3 or later.</source>
      <translation>Facilitator, GNU Genel Kamu Lisansı sürüm 3 veya sonrası kapsamında özgür bir yazılımdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="57" />
      <source>Components and their licences</source>
      <translation>Bileşenler ve lisansları</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="58" />
      <source>The licence texts are in the licences folder of the installed application.</source>
      <translation>Lisans metinleri, kurulu uygulamanın licences klasöründedir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="72" />
      <source>About Facilitator</source>
      <translation>Facilitator hakkında</translation>
    </message>
  </context>
  <context>
    <name>AgendaItemDelegate</name>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_item_delegate.py" line="55" />
      <source>(none)</source>
      <translation>(yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_item_delegate.py" line="64" />
      <source> min</source>
      <translation> dk</translation>
    </message>
  </context>
  <context>
    <name>AgendaKind</name>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="62" />
      <source>Opening</source>
      <translation>Açılış</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="63" />
      <source>Talk</source>
      <translation>Sunum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="64" />
      <source>Discussion</source>
      <translation>Tartışma</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="65" />
      <source>Group work</source>
      <translation>Grup çalışması</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="66" />
      <source>Break</source>
      <translation>Ara</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="67" />
      <source>Decision</source>
      <translation>Karar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="68" />
      <source>Closing</source>
      <translation>Kapanış</translation>
    </message>
  </context>
  <context>
    <name>AgendaPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="188" />
      <source>Agenda</source>
      <translation>Gündem</translation>
    </message>
  </context>
  <context>
    <name>AgendaTab</name>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="201" />
      <source>Save as template</source>
      <translation>Şablon olarak kaydet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="202" />
      <source>Name of the template:</source>
      <translation>Şablonun adı:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="106" />
      <source>New item: type its title and press Enter</source>
      <translation>Yeni madde: başlığını yazıp Enter’a basın</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="108" />
      <source>The new item goes after the selected one, or at the end.</source>
      <translation>Yeni madde seçili maddeden sonra ya da en sona eklenir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="115" />
      <source> min</source>
      <translation> dk</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="116" />
      <source>Planned minutes of the new item</source>
      <translation>Yeni maddenin planlanan süresi (dakika)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="118" />
      <source>Add</source>
      <translation>Ekle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="121" />
      <source>Insert &amp;break</source>
      <translation>Ara &amp;ekle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="122" />
      <source>Delete ite&amp;m</source>
      <translation>Maddeyi &amp;sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="126" />
      <source>Move u&amp;p</source>
      <translation>Y&amp;ukarı taşı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="128" />
      <source>Mo&amp;ve down</source>
      <translation>Aşa&amp;ğı taşı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="131" />
      <source>Cop&amp;y from a workshop…</source>
      <translation>Bir çalıştaydan k&amp;opyala…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="134" />
      <source>&amp;Save as template…</source>
      <translation>Şablon olarak &amp;kaydet…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="137" />
      <source>Start from a &amp;template…</source>
      <translation>Bir &amp;şablondan başla…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="151" />
      <source>&amp;Templates</source>
      <translation>Şab&amp;lonlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="281" />
      <source>Start from a template…</source>
      <translation>Bir şablondan başla…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="285" />
      <source>Copy from an earlier workshop…</source>
      <translation>Önceki bir çalıştaydan kopyala…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="363" />
      <source>&lt;h3&gt;No agenda yet&lt;/h3&gt;&lt;p&gt;Build the timed agenda of this workshop: type the title of the first item in the field below and press Enter, then the next one. Start times are counted from the workshop's start at %1; the total is checked against its planned end at %2.&lt;/p&gt;&lt;p&gt;Or begin with an agenda that already exists:&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Henüz gündem yok&lt;/h3&gt;&lt;p&gt;Bu çalıştayın zamanlı gündemini oluşturun: ilk maddenin başlığını aşağıdaki alana yazıp Enter’a basın, sonra bir sonrakini. Başlangıç saatleri çalıştayın %1 başlangıcından itibaren hesaplanır; toplam süre %2 olan planlanan bitişle karşılaştırılır.&lt;/p&gt;&lt;p&gt;Ya da var olan bir gündemle başlayın:&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="380" />
      <source>%1, %2 min planned · workshop %3 (%4 min)</source>
      <translation>%1, planlanan %2 dk · çalıştay %3 (%4 dk)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="393" />
      <source>The agenda runs %n minute(s) past the planned end (%1 → %2).</source>
      <translation>
        <numerusform>Gündem, planlanan bitiş saatini %n dakika aşıyor (%1 → %2).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="403" />
      <source>%1 min to spare: the agenda ends at %2</source>
      <translation>%1 dk boş zaman var; gündemin bitişi: %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="409" />
      <source>Ends on time at %1</source>
      <translation>Zamanında bitiyor: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="519" />
      <source>Rename “%1”</source>
      <translation>Yeniden adlandırma — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="520" />
      <source>Change the kind of “%1”</source>
      <translation>Tür değişikliği — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="521" />
      <source>Change the minutes of “%1”</source>
      <translation>Süre değişikliği — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="522" />
      <source>Change the presenter of “%1”</source>
      <translation>Sunan değişikliği — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="523" />
      <source>Change the goal of “%1”</source>
      <translation>Amaç değişikliği — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="591" />
      <source>Type the title of the new item, then press Enter.</source>
      <translation>Yeni maddenin başlığını yazın, sonra Enter’a basın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="597" />
      <source>Add “%1”</source>
      <translation>Ekleme — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="617" />
      <source>Coffee break</source>
      <translation>Kahve arası</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="619" />
      <source>Insert a break after “%1”</source>
      <translation>Ara ekleme — “%1” sonrası</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="641" />
      <source>Delete “%1”</source>
      <translation>Silme — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="657" />
      <source>Move “%1”</source>
      <translation>Taşıma — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="701" />
      <source>No other workshop has an agenda to copy yet.</source>
      <translation>Henüz gündemi kopyalanabilecek başka bir çalıştay yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="710" />
      <source>Copy the agenda of “%1”</source>
      <translation>Gündem kopyalama — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="733" />
      <source>A template named “%1” already exists. Replace it with this agenda?</source>
      <translation>“%1” adında bir şablon zaten var. Yerine bu gündem konulsun mu?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="735" />
      <source>Replace template</source>
      <translation>Şablonu değiştir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="746" />
      <source>Saved as the template “%1” (%2).</source>
      <translation>“%1” şablonu olarak kaydedildi (%2).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="758" />
      <source>Delete the template “%1”? Agendas made from it stay as they are.</source>
      <translation>“%1” şablonu silinsin mi? Ondan oluşturulan gündemler olduğu gibi kalır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="760" />
      <source>Delete template</source>
      <translation>Şablonu sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="766" />
      <source>Cannot delete the template</source>
      <translation>Şablon silinemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="778" />
      <source>No template yet. Build an agenda, then keep it with Templates › Save as template.</source>
      <translation>Henüz şablon yok. Bir gündem oluşturun, sonra Şablonlar › Şablon olarak kaydet ile saklayın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="791" />
      <source>Start from the template “%1”</source>
      <translation>Şablondan başlama — “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_tab.py" line="791" />
      <source>Add the template “%1”</source>
      <translation>Şablon ekleme — “%1”</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="56" />
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n madde</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AgendaTableModel</name>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="176" />
      <source>%1 min</source>
      <translation>%1 dk</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="200" />
      <source>Ends after the planned end of the workshop.</source>
      <translation>Çalıştayın planlanan bitişinden sonra bitiyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="212" />
      <source>Start</source>
      <translation>Başlangıç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="213" />
      <source>Title</source>
      <translation>Başlık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="214" />
      <source>Kind</source>
      <translation>Tür</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="215" />
      <source>Minutes</source>
      <translation>Süre (dk)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="216" />
      <source>Presenter</source>
      <translation>Sunan</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_table_model.py" line="217" />
      <source>Goal</source>
      <translation>Amaç</translation>
    </message>
  </context>
  <context>
    <name>Application</name>
    <message>
      <location filename="../../facilitator/ui/app.py" line="158" />
      <source>Facilitator (read-only)</source>
      <translation>Facilitator (salt okunur)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/app.py" line="161" />
      <source>Read-only: another Facilitator is using this database</source>
      <translation>Salt okunur: bu veritabanını başka bir Facilitator kullanıyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/app.py" line="258" />
      <source>Automatic backup failed: %1</source>
      <translation>Otomatik yedekleme başarısız oldu: %1</translation>
    </message>
  </context>
  <context>
    <name>Attendance</name>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="53" />
      <source>Unknown</source>
      <translation>Bilinmiyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="54" />
      <source>Present</source>
      <translation>Katıldı</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="55" />
      <source>Absent</source>
      <translation>Katılmadı</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="56" />
      <source>Excused</source>
      <translation>Mazeretli</translation>
    </message>
  </context>
  <context>
    <name>AttendeeExport</name>
    <message>
      <location filename="../../facilitator/ui/documents/attendee_export_action.py" line="30" />
      <source>Attendees</source>
      <translation>Katılımcılar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/attendee_export_action.py" line="39" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel çalışma kitabı (*.xlsx)</translation>
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
      <translation>Katılımcıları dışa aktar</translation>
    </message>
  </context>
  <context>
    <name>Attendees</name>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="60" />
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="63" />
      <source>Represents</source>
      <translation>Temsil ettiği kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="66" />
      <source>Position</source>
      <translation>Görev</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="69" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="72" />
      <source>Invitation</source>
      <translation>Davet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="77" />
      <source>Attendance</source>
      <translation>Katılım</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/add_people_model.py" line="113" />
      <source>Create «%1»</source>
      <translation>«%1» kişisini oluştur</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/add_people_model.py" line="118" />
      <source>(already attending)</source>
      <translation>(zaten katılıyor)</translation>
    </message>
  </context>
  <context>
    <name>AttendeesTab</name>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="141" />
      <source>Add people: type a name, organization or e-mail…</source>
      <translation>Kişi ekleyin: ad, kurum ya da e-posta yazın…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="162" />
      <source>Import attendees from a CSV or Excel file</source>
      <translation>Katılımcıları bir CSV ya da Excel dosyasından içe aktarın</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="164" />
      <source>E&amp;xport…</source>
      <translation>Dı&amp;şa aktar…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="165" />
      <source>Save the attendees as CSV or Excel</source>
      <translation>Katılımcıları CSV ya da Excel olarak kaydedin</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="172" />
      <source>Filter attendees…</source>
      <translation>Katılımcılarda süz…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="195" />
      <source>&lt;h3&gt;No attendees yet&lt;/h3&gt;&lt;p&gt;Type a name in the field above to add people from the directory, press &lt;b&gt;New person…&lt;/b&gt; for someone who is not in it yet, or import a list from a spreadsheet.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Henüz katılımcı yok&lt;/h3&gt;&lt;p&gt;Rehberden kişi eklemek için yukarıdaki alana bir ad yazın; rehberde olmayan biri için &lt;b&gt;Yeni kişi…&lt;/b&gt; düğmesine basın ya da bir tablodan liste içe aktarın.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="219" />
      <source>&amp;Role</source>
      <translation>Ro&amp;l</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="220" />
      <source>Represents</source>
      <translation>Temsil ettiği kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="221" />
      <source>In&amp;vitation</source>
      <translation>Da&amp;vet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="233" />
      <source>&amp;Invite</source>
      <translation>Davet g&amp;önder</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="161" />
      <source>Im&amp;port…</source>
      <translation>İç&amp;e aktar…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="156" />
      <source>New person…</source>
      <translation>Yeni kişi…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="222" />
      <source>A&amp;ttendance</source>
      <translation>Katılı&amp;m</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="237" />
      <source>Confir&amp;m</source>
      <translation>&amp;Onayla</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="241" />
      <source>Mar&amp;k present</source>
      <translation>Geldi olarak &amp;işaretle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="245" />
      <source>Remove from workshop</source>
      <translation>Çalıştaydan ç&amp;ıkar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="326" />
      <source>(none)</source>
      <translation>(yok)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="363" />
      <source>%n attendee(s)</source>
      <translation>
        <numerusform>%n katılımcı</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="378" />
      <source>By sector: %1</source>
      <translation>Sektöre göre: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="403" />
      <source>%1 selected</source>
      <translation>%1 seçili</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="405" />
      <source>Select attendees to edit them</source>
      <translation>Düzenlemek için katılımcı seçin</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="458" />
      <source>Change %1 of %2</source>
      <translation>%1 değişikliği — %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="461" />
      <source>Change %1 of %2 attendees</source>
      <translation>%1 değişikliği — %2 katılımcı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="491" />
      <source>the role</source>
      <translation>rol</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="492" />
      <source>the organization represented</source>
      <translation>temsil edilen kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="493" />
      <source>the invitation</source>
      <translation>davet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="494" />
      <source>the attendance</source>
      <translation>katılım</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="526" />
      <source>%1 already attends this workshop.</source>
      <translation>%1 bu çalıştaya zaten katılıyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="557" />
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="596" />
      <source>Add %1</source>
      <translation>Ekleme — %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="620" />
      <source>Remove %1</source>
      <translation>Çıkarma — %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="622" />
      <source>Remove %1 attendees</source>
      <translation>Çıkarma — %1 katılımcı</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/attendees_tab.py" line="672" />
      <source>Import %n attendee(s)</source>
      <translation>
        <numerusform>İçe aktarma — %n katılımcı</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BackupScheduler</name>
    <message>
      <location filename="../../facilitator/ui/database/backup_scheduler.py" line="113" />
      <source>an error in Facilitator stopped it; the details are in the log</source>
      <translation>Facilitator'daki bir hata onu durdurdu; ayrıntılar kayıt dosyasında</translation>
    </message>
  </context>
  <context>
    <name>Branding</name>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="80" />
      <source>%1 does not exist.</source>
      <translation>Dosya bulunamadı: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="83" />
      <source>%1 is not a PNG or JPEG image.</source>
      <translation>PNG ya da JPEG resmi değil: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="87" />
      <source>%1 cannot be read as an image.</source>
      <translation>Resim olarak okunamıyor: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="160" />
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Resimler (*.png *.jpg *.jpeg)</translation>
    </message>
  </context>
  <context>
    <name>BrandingSection</name>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="276" />
      <source>Documents</source>
      <translation>Belgeler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="227" />
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="315" />
      <source>Organization logo</source>
      <translation>Kurum logosu</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="228" />
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="316" />
      <source>Funder's emblem</source>
      <translation>Fon sağlayıcı amblemi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="232" />
      <source>e.g. Avrupa Birliği tarafından finanse edilmektedir</source>
      <translation>ör. Avrupa Birliği tarafından finanse edilmektedir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="235" />
      <source>e.g. Funded by the European Union</source>
      <translation>ör. Funded by the European Union</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="240" />
      <source>Printed as written, e.g. Proje No: 2024-1-TR01-KA220-ADU-000123456</source>
      <translation>Yazıldığı gibi basılır, ör. Proje No: 2024-1-TR01-KA220-ADU-000123456</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="246" />
      <source>e.g. the funder's visibility statement, printed at the foot of every page</source>
      <translation>ör. destekçinin görünürlük metni; her sayfanın altına basılır</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="251" />
      <source>The same statement in English, for documents made in English</source>
      <translation>Aynı metnin İngilizcesi; İngilizce belgelerde basılır</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="256" />
      <source>e.g. the KVKK information text: why names and signatures are collected</source>
      <translation>ör. KVKK aydınlatma metni: adların ve imzaların hangi amaçla toplandığı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="262" />
      <source>The same text in English (GDPR), for sheets made in English</source>
      <translation>Aynı metin İngilizce (GDPR), İngilizce hazırlanan listeler için</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="266" />
      <source>Choose…</source>
      <translation>Seç…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="277" />
      <source>Organi&amp;zation logo</source>
      <translation>&amp;Kurum logosu</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="279" />
      <source>&amp;Accent colour</source>
      <translation>&amp;Vurgu rengi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="283" />
      <source>Funder</source>
      <translation>Fon sağlayıcı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="284" />
      <source>F&amp;under's emblem</source>
      <translation>Fon sağlayıcı a&amp;mblemi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="286" />
      <source>Funding &amp;statement (Turkish)</source>
      <translation>&amp;Finansman beyanı (Türkçe)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="287" />
      <source>Funding statement (Engl&amp;ish)</source>
      <translation>Finansman beyanı (İngili&amp;zce)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="288" />
      <source>Project or grant &amp;reference</source>
      <translation>&amp;Proje veya hibe numarası</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="295" />
      <source>The emblem and the funding statement stand together at the top of every page, the reference under them; the disclaimer at the foot of every page.</source>
      <translation>Amblem ile finansman beyanı her sayfanın üstünde yan yana durur, proje numarası altlarında; sorumluluk notu her sayfanın altındadır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="302" />
      <source>Attendance sheet</source>
      <translation>Katılım listesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="305" />
      <source>Printed above the signatures of the attendance sheet: what the personal data is collected for, as KVKK and the GDPR ask.</source>
      <translation>Katılım listesinde imzaların üstüne basılır: KVKK ve GDPR'ın istediği gibi, kişisel verilerin hangi amaçla toplandığını söyler.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="311" />
      <source>Personal-data &amp;text (Turkish)</source>
      <translation>Kişisel veri &amp;metni (Türkçe)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="313" />
      <source>Personal-data text (En&amp;glish)</source>
      <translation>Kişisel veri metni (İngili&amp;zce)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="289" />
      <source>Dis&amp;claimer (Turkish)</source>
      <translation>&amp;Sorumluluk notu (Türkçe)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="291" />
      <source>Disclaimer (&amp;English)</source>
      <translation>Sorumluluk notu (İ&amp;ngilizce)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="346" />
      <source>%1 of %2 characters</source>
      <translation>%1 / %2 karakter</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="352" />
      <source>— only the first %1 are printed.</source>
      <translation>— yalnızca ilk %1 karakter basılır.</translation>
    </message>
  </context>
  <context>
    <name>BundleActions</name>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="60" />
      <source>Workshop bundle (*.facilitator)</source>
      <translation>Çalıştay paketi (*.facilitator)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="67" />
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="170" />
      <source>Export workshop bundle</source>
      <translation>Çalıştay paketini dışa aktar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="83" />
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="219" />
      <source>Import workshop bundle</source>
      <translation>Çalıştay paketini içe aktar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="105" />
      <source>&amp;Export workshop bundle…</source>
      <translation>Çalıştay paketini &amp;dışa aktar…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="107" />
      <source>&amp;Import workshop bundle…</source>
      <translation>Çalıştay paketini &amp;içe aktar…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="189" />
      <source>Wrote %1</source>
      <translation>Yazıldı: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="194" />
      <source>Writing the bundle %1…</source>
      <translation>Paket yazılıyor: %1…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="246" />
      <source>Importing %1…</source>
      <translation>İçe aktarılıyor: %1…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="253" />
      <source>Reading %1…</source>
      <translation>Okunuyor: %1…</translation>
    </message>
  </context>
  <context>
    <name>BundlePreview</name>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="55" />
      <source>Organizations</source>
      <translation>Kurumlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="56" />
      <source>People</source>
      <translation>Kişiler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="57" />
      <source>Series</source>
      <translation>Seriler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="58" />
      <source>Phases</source>
      <translation>Aşamalar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="59" />
      <source>Workshops</source>
      <translation>Çalıştaylar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="60" />
      <source>Agenda items</source>
      <translation>Gündem maddeleri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="61" />
      <source>Attendees</source>
      <translation>Katılımcılar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="62" />
      <source>Notes</source>
      <translation>Notlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="63" />
      <source>Speaking turns</source>
      <translation>Söz sıraları</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="64" />
      <source>Proposals</source>
      <translation>Öneriler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="65" />
      <source>Proposal versions</source>
      <translation>Öneri sürümleri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="66" />
      <source>Rounds</source>
      <translation>Turlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="67" />
      <source>Positions</source>
      <translation>Görüşler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="68" />
      <source>Round counts</source>
      <translation>Tur sayımları</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="69" />
      <source>Commitments</source>
      <translation>Taahhütler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="70" />
      <source>Minutes versions</source>
      <translation>Tutanak sürümleri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="71" />
      <source>Commitment reviews</source>
      <translation>Taahhüt gözden geçirmeleri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="72" />
      <source>Idea clusters</source>
      <translation>Fikir kümeleri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="73" />
      <source>Ideas</source>
      <translation>Fikirler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="74" />
      <source>Dot rounds</source>
      <translation>Nokta oylamaları</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="75" />
      <source>Dots</source>
      <translation>Noktalar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="82" />
      <source>title</source>
      <translation>başlık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="83" />
      <source>name</source>
      <translation>ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="84" />
      <source>given name</source>
      <translation>ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="85" />
      <source>family name</source>
      <translation>soyad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="86" />
      <source>e-mail</source>
      <translation>e-posta</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="87" />
      <source>phone</source>
      <translation>telefon</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="88" />
      <source>text</source>
      <translation>metin</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="89" />
      <source>start</source>
      <translation>başlangıç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="90" />
      <source>end</source>
      <translation>bitiş</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="91" />
      <source>status</source>
      <translation>durum</translation>
    </message>
  </context>
  <context>
    <name>BundlePreviewDialog</name>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="102" />
      <source>Import workshop bundle</source>
      <translation>Çalıştay paketini içe aktar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="104" />
      <source>Workshop: %1</source>
      <translation>Çalıştay: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="120" />
      <source>Kind</source>
      <translation>Tür</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="120" />
      <source>New</source>
      <translation>Yeni</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="120" />
      <source>Already here</source>
      <translation>Zaten var</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="120" />
      <source>Different</source>
      <translation>Farklı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="180" />
      <source>No row differs from this database.</source>
      <translation>Bu veritabanından farklı olan kayıt yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="142" />
      <source>Row</source>
      <translation>Kayıt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="142" />
      <source>What differs (mine → theirs)</source>
      <translation>Farklar (benimki → paketteki)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="142" />
      <source>Keep</source>
      <translation>Hangisi kalsın</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="160" />
      <source>Mine</source>
      <translation>Benimki</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="161" />
      <source>Theirs</source>
      <translation>Paketteki</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="175" />
      <source>These rows differ between this database and the bundle. For each, keep this database's version (mine) or take the bundle's (theirs). Nothing here is replaced unless you choose theirs:</source>
      <translation>Bu kayıtlar bu veritabanında ve pakette farklı. Her biri için bu veritabanındaki sürümü (benimki) koruyun ya da paketteki sürümü (paketteki) alın. Paketteki seçilmedikçe burada hiçbir şey değiştirilmez:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="183" />
      <source>Keep &amp;mine for all</source>
      <translation>Tümünde &amp;benimkini koru</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="185" />
      <source>Take &amp;theirs for all</source>
      <translation>Tümünde &amp;paketteki sürümü al</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="193" />
      <source>Everything in the bundle is already here; importing changes nothing.</source>
      <translation>Paketteki her şey zaten burada; içe aktarmak hiçbir şeyi değiştirmez.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="195" />
      <source>All of it is imported in one step, or nothing is.</source>
      <translation>Hepsi tek adımda içe aktarılır ya da hiçbiri aktarılmaz.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/bundles/bundle_preview_dialog.py" line="200" />
      <source>&amp;Import</source>
      <translation>&amp;İçe aktar</translation>
    </message>
  </context>
  <context>
    <name>CheckInPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="67" />
      <source>Check-in</source>
      <translation>Giriş kaydı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="72" />
      <source>%1: find an attendee, Enter: present / not; %2: walk-in</source>
      <translation>%1: katılımcı bul, Enter: geldi / gelmedi; %2: kayıtsız gelen</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="77" />
      <source>No attendee matches “%1”. Enter adds them as a walk-in.</source>
      <translation>“%1” ile eşleşen katılımcı yok. Enter’a basınca kayıtsız gelen olarak eklenir.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="133" />
      <source>%1 present of %n attendee(s)</source>
      <translation>
        <numerusform>%n katılımcıdan %1 kişi geldi</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="154" />
      <source>%1 is checked in. Press Enter again to mark them not present.</source>
      <translation>%1 geldi olarak kayıtlı. Gelmedi olarak işaretlemek için Enter’a yeniden basın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="172" />
      <source>%1 is present.</source>
      <translation>%1 geldi olarak işaretlendi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="172" />
      <source>%1 is no longer marked present.</source>
      <translation>%1 artık gelmiş olarak işaretli değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="194" />
      <source>Type the walk-in's name in the check-in field first.</source>
      <translation>Önce kayıtsız gelen kişinin adını giriş alanına yazın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/checkin_panel.py" line="205" />
      <source>%1 added as a walk-in, present.</source>
      <translation>%1 kayıtsız gelen olarak eklendi, geldi.</translation>
    </message>
  </context>
  <context>
    <name>CommitmentForm</name>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="81" />
      <source>What the organization will do</source>
      <translation>Kurumun ne yapacağı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="91" />
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="102" />
      <source>e.g. %1</source>
      <translation>örn. %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="107" />
      <source>Save</source>
      <translation>Kaydet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="110" />
      <source>Cancel</source>
      <translation>Vazgeç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="120" />
      <source>due</source>
      <translation>bitiş</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="123" />
      <source>What</source>
      <translation>Taahhüt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="124" />
      <source>Organization</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="125" />
      <source>Person</source>
      <translation>Kişi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="126" />
      <source>Contribution</source>
      <translation>Katkı türü</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="127" />
      <source>Quantity</source>
      <translation>Miktar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="128" />
      <source>Phase</source>
      <translation>Aşama</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="129" />
      <source>Start</source>
      <translation>Başlangıç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="130" />
      <source>Status</source>
      <translation>Durum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="131" />
      <source>Serves decision</source>
      <translation>Hizmet ettiği karar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="158" />
      <source>(choose the organization)</source>
      <translation>(kurumu seçin)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="166" />
      <source>(no phase)</source>
      <translation>(aşama yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="172" />
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="182" />
      <source>(none)</source>
      <translation>(yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="199" />
      <source>New commitment</source>
      <translation>Yeni taahhüt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="217" />
      <source>Edit commitment</source>
      <translation>Taahhüdü düzenle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="263" />
      <source>The start date</source>
      <translation>Başlangıç tarihi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="264" />
      <source>The due date</source>
      <translation>Bitiş tarihi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_form.py" line="269" />
      <source>%1 “%2” is not a date; type it like %3.</source>
      <translation>%1 “%2” bir tarih değil; %3 biçiminde yazın.</translation>
    </message>
  </context>
  <context>
    <name>CommitmentPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="111" />
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="196" />
      <source>Commitment from the last note</source>
      <translation>Son nottan taahhüt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="118" />
      <source>Type the organization that commits, Enter: record; Esc: cancel</source>
      <translation>Taahhüt veren kurumu yazın, Enter: kaydet; Esc: vazgeç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="121" />
      <source>No organization of this workshop's attendees matches “%1”. The one that commits must be represented here: add its person first (Ctrl+Shift+I).</source>
      <translation>Bu çalıştayın katılımcılarının kurumlarından hiçbiri “%1” ile eşleşmiyor. Taahhüt eden kurum burada temsil edilmeli: önce kişisini ekleyin (Ctrl+Shift+I).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="130" />
      <source>1–8 or the first letters choose the contribution type</source>
      <translation>Katkı türünü 1–8 ya da ilk harfleri seçer</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="132" />
      <source>30.06.2027, 3 months or empty</source>
      <translation>30.06.2027, 3 ay ya da boş</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="146" />
      <source>Organization</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="147" />
      <source>Contribution (Tab; 1–8)</source>
      <translation>Katkı türü (Tab; 1–8)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="148" />
      <source>Due (Tab)</source>
      <translation>Bitiş (Tab)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="179" />
      <source>The commitment panel closed: the agenda item changed.</source>
      <translation>Taahhüt paneli kapandı: gündem maddesi değişti.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="191" />
      <source>No note yet: type the commitment as a note, then Ctrl+T.</source>
      <translation>Henüz not yok: taahhüdü not olarak yazın, sonra Ctrl+T.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="203" />
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="220" />
      <source>No organization is represented by the attendees.</source>
      <translation>Katılımcıların temsil ettiği bir kurum yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="213" />
      <source>Commitment from the ideas board</source>
      <translation>Fikir panosundan taahhüt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="237" />
      <source>next workshop (No. %1)</source>
      <translation>sonraki çalıştay (No. %1)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="239" />
      <source>3 months after this workshop</source>
      <translation>bu çalıştaydan 3 ay sonra</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="266" />
      <source>Type the organization that commits first.</source>
      <translation>Önce söz veren kurumu yazın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="290" />
      <source>The due date “%1” is not a date: type 30.06.2027, 3 months or 6 weeks.</source>
      <translation>Bitiş tarihi “%1” bir tarih değil: 30.06.2027, 3 ay ya da 6 hafta yazın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="301" />
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="354" />
      <source>commitment of %1</source>
      <translation>taahhüt: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="329" />
      <source>Commitment recorded: %1 — %2</source>
      <translation>Taahhüt kaydedildi: %1 — %2</translation>
    </message>
  </context>
  <context>
    <name>Commitments</name>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="77" />
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="141" />
      <source>Organization</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="82" />
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="146" />
      <source>What</source>
      <translation>Taahhüt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="85" />
      <source>Contribution</source>
      <translation>Katkı türü</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="90" />
      <source>Quantity</source>
      <translation>Miktar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="96" />
      <source>Phase</source>
      <translation>Aşama</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="99" />
      <source>Start</source>
      <translation>Başlangıç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="102" />
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="149" />
      <source>Due</source>
      <translation>Bitiş</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="105" />
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="157" />
      <source>Status</source>
      <translation>Durum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="108" />
      <source>Person</source>
      <translation>Kişi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="111" />
      <source>Serves decision</source>
      <translation>Hizmet ettiği karar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="121" />
      <source>at workshop %1</source>
      <translation>%1. çalıştayda</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="130" />
      <source>Made at</source>
      <translation>Verildiği yer</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="132" />
      <source>workshop %1</source>
      <translation>%1. çalıştay</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="152" />
      <source>overdue</source>
      <translation>gecikti</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_table_model.py" line="160" />
      <source>Reviewed</source>
      <translation>Gözden geçirildi</translation>
    </message>
  </context>
  <context>
    <name>CommitmentsTab</name>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="81" />
      <source>Made at this workshop</source>
      <translation>Bu çalıştayda verilenler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="83" />
      <source>New co&amp;mmitment</source>
      <translation>Y&amp;eni taahhüt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="84" />
      <source>Add a commitment made at this workshop</source>
      <translation>Bu çalıştayda verilen bir taahhüdü ekle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="86" />
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="144" />
      <source>Edit</source>
      <translation>Düzenle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="88" />
      <source>Delete</source>
      <translation>Sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="115" />
      <source>No commitments made at this workshop yet.
Press “New commitment” to record what an institution will do and by when, or press Ctrl+T on the live screen to turn the last note into one.</source>
      <translation>Bu çalıştayda henüz taahhüt verilmedi.
Bir kurumun neyi ne zamana kadar yapacağını kaydetmek için “Yeni taahhüt”e basın ya da canlı ekranda Ctrl+T ile son notu taahhüde dönüştürün.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="127" />
      <source>Reviewed</source>
      <translation>Gözden geçirildi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="129" />
      <source>Record that the selected commitment was reviewed at this workshop</source>
      <translation>Seçili taahhüdün bu çalıştayda gözden geçirildiğini kaydet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="132" />
      <source>Done</source>
      <translation>Tamamlandı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="134" />
      <source>Dropped</source>
      <translation>Vazgeçildi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="139" />
      <source>Who reported on the selected commitment; the minutes name them</source>
      <translation>Seçili taahhüt hakkında kimin bilgi verdiği; tutanakta adı geçer</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="141" />
      <source>Re&amp;ported by</source>
      <translation>Bilgi &amp;veren</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="152" />
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="299" />
      <source>Nothing open from earlier workshops of the series.</source>
      <translation>Serinin önceki çalıştaylarından açık taahhüt yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="163" />
      <source>Filter: organization (or its short name), person, what is committed</source>
      <translation>Süz: kurum (ya da kısa adı), kişi, taahhüt edilen</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="302" />
      <source>This workshop is not part of a series, so no commitments are carried over to it. Its own commitments are listed above.</source>
      <translation>Bu çalıştay bir serinin parçası değil; bu yüzden önceki çalıştaylardan devreden taahhüt yok. Bu çalıştayda verilen taahhütler yukarıda listeleniyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="307" />
      <source>Carried over from earlier workshops: %1</source>
      <translation>Önceki çalıştaylardan devreden: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="309" />
      <source>%1 overdue</source>
      <translation>%1 gecikmiş</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitments_tab.py" line="329" />
      <source>Nobody named</source>
      <translation>Kimse belirtilmedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_edits.py" line="126" />
      <source>add commitment %1</source>
      <translation>taahhüt ekleme: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_edits.py" line="106" />
      <source>edit commitment %1</source>
      <translation>taahhüt düzenleme: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_edits.py" line="133" />
      <source>delete commitment %1</source>
      <translation>taahhüt silme: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_edits.py" line="149" />
      <source>review commitment %1</source>
      <translation>taahhüdü gözden geçirme: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_edits.py" line="150" />
      <source>mark commitment %1 done</source>
      <translation>taahhüdü tamamlandı sayma: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/commitment_edits.py" line="153" />
      <source>mark commitment %1 dropped</source>
      <translation>taahhütten vazgeçme: %1</translation>
    </message>
  </context>
  <context>
    <name>Consensus</name>
    <message numerus="yes">
      <location filename="../../facilitator/services/consensus.py" line="135" />
      <source>A veto (8) blocks the proposal: %n veto(es).</source>
      <translation>
        <numerusform>Veto (8) öneriyi engeller: %n veto.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="140" />
      <source>Everyone abstained (4): no decision.</source>
      <translation>Herkes çekimser kaldı (4): karar yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="148" />
      <source>Serious disagreement (7: {against}) outweighs support (1–3, 6: {support}).</source>
      <translation>Ciddi itirazlar (7: {against}) desteği (1–3, 6: {support}) aşıyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="155" />
      <source>More discussion is needed (5: {discuss}, 7: {against} against {support} in support).</source>
      <translation>Daha fazla tartışma gerekli (5: {discuss}, 7: {against}; destek: {support}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="164" />
      <source>Everyone who took a stand endorses or agrees (1–2).</source>
      <translation>Görüş bildiren herkes tam destek veriyor ya da katılıyor (1–2).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="168" />
      <source>Supported by {support}; reservations ({details}).</source>
      <translation>Destek: {support}; çekinceler ({details}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="180" />
      <source>{n} showed 0 or 1: their concerns are heard before agreeing.</source>
      <translation>0 ya da 1 gösteren: {n}. Uzlaşmadan önce kaygıları dinlenir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="185" />
      <source>Every hand shows 4 or 5.</source>
      <translation>Bütün eller 4 ya da 5 gösteriyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="188" />
      <source>No hand below 2; {n} showed 2 or 3.</source>
      <translation>2'nin altında el yok; 2 ya da 3 gösteren: {n}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/consensus.py" line="196" />
      <source>%n objection(s) stand: amend the proposal and test it again.</source>
      <translation>
        <numerusform>İtiraz sayısı: %n. Öneriyi değiştirip yeniden sınayın.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/consensus.py" line="211" />
      <source>No objection; %n stand(s) aside.</source>
      <translation>
        <numerusform>İtiraz yok; kenarda kalan: %n.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/consensus.py" line="254" />
      <source>%n red card(s): an objection stands.</source>
      <translation>
        <numerusform>Kırmızı kart: %n. Bir itiraz var.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="206" />
      <source>Everyone stands aside: nobody objects, but nobody carries it.</source>
      <translation>Herkes kenarda kalıyor: itiraz eden yok, ama sahiplenen de yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="213" />
      <source>No objection.</source>
      <translation>İtiraz yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="221" />
      <source>Quorum not met: {total} of {quorum} needed took part; no decision.</source>
      <translation>Yeter sayı sağlanmadı: gereken {quorum} kişiden {total} katıldı; karar yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="229" />
      <source>Everyone abstained: no vote carried the proposal.</source>
      <translation>Herkes çekimser kaldı: öneriyi taşıyan oy yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="233" />
      <source>two thirds of the votes cast</source>
      <translation>kullanılan oyların üçte ikisi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="236" />
      <source>a simple majority of the votes cast</source>
      <translation>kullanılan oyların basit çoğunluğu</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="240" />
      <source>A tie ({yes} yes, {no} no) is not a majority.</source>
      <translation>Eşitlik ({yes} evet, {no} hayır) çoğunluk sayılmaz.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="244" />
      <source>{yes} yes, {no} no, {abstain} abstaining; needed: {rule}.</source>
      <translation>{yes} evet, {no} hayır, {abstain} çekimser; gereken: {rule}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="259" />
      <source>Only yellow cards: nobody objects, but nobody carries it.</source>
      <translation>Yalnızca sarı kartlar: itiraz eden yok, ama sahiplenen de yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="264" />
      <source>{green} green, {yellow} yellow: agreed with reservations.</source>
      <translation>{green} yeşil, {yellow} sarı: çekincelerle kabul.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="268" />
      <source>Only green cards.</source>
      <translation>Yalnızca yeşil kartlar.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="296" />
      <source>Nobody took a position: there is nothing to decide on.</source>
      <translation>Kimse görüş bildirmedi: karar verilecek bir şey yok.</translation>
    </message>
  </context>
  <context>
    <name>CopyAgendaDialog</name>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="40" />
      <source>Copy an agenda</source>
      <translation>Gündem kopyala</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="48" />
      <source>%1 min</source>
      <translation>%1 dk</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="55" />
      <source>&amp;Add after the current items</source>
      <translation>Mevcut maddelerin &amp;ardına ekle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="56" />
      <source>&amp;Replace the current agenda</source>
      <translation>Mevcut gündemin &amp;yerine koy</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="67" />
      <source>Copy</source>
      <translation>Kopyala</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="72" />
      <source>Copy the agenda of:</source>
      <translation>Gündemi kopyalanacak çalıştay:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="77" />
      <source>Presenters are kept only if they attend this workshop too.</source>
      <translation>Sunanlar yalnızca bu çalıştaya da katılıyorlarsa korunur.</translation>
    </message>
  </context>
  <context>
    <name>CountsEntry</name>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="193" />
      <source>Save counts</source>
      <translation>Sayıları kaydet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="195" />
      <source>Type the counts the room shows; Enter saves them.</source>
      <translation>Salonda gösterilen sayıları yazın; Enter kaydeder.</translation>
    </message>
  </context>
  <context>
    <name>CurrentItemHeader</name>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="97" />
      <source>The session has ended</source>
      <translation>Oturum sona erdi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="99" />
      <source>The session has not started</source>
      <translation>Oturum başlamadı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="101" />
      <source>No agenda item is running</source>
      <translation>Şu an yürüyen gündem maddesi yok</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="108" />
      <source>No agenda yet: notes are taken all the same (type, then Enter). Plan its items in the main window's Agenda tab (%1).</source>
      <translation>Henüz gündem yok: notlar yine de alınır (yazın, ardından Enter). Maddeleri ana penceredeki Gündem sekmesinde planlayın (%1).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="118" />
      <source>Next: %1 (%2 min) — Ctrl+→</source>
      <translation>Sıradaki: %1 (%2 dk) — Ctrl+→</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="123" />
      <source>Next: — (this is the last item)</source>
      <translation>Sıradaki: — (bu son madde)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="156" />
      <source>Planned for %1, %2–%3</source>
      <translation>%1, %2–%3 için planlandı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="165" />
      <source>Session %1 · %2–%3</source>
      <translation>Oturum %1 · %2–%3</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/agenda_panel.py" line="176" />
      <source>Session %1 · planned end %2 · %3 left</source>
      <translation>Oturum %1 · planlanan bitiş %2 · kalan %3</translation>
    </message>
  </context>
  <context>
    <name>DecisionLabels</name>
    <message>
      <location filename="../../facilitator/ui/decisions/decision_labels.py" line="37" />
      <source>Open</source>
      <translation>Açık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decision_labels.py" line="45" />
      <source>Simple majority</source>
      <translation>Basit çoğunluk</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decision_labels.py" line="46" />
      <source>Two thirds</source>
      <translation>Üçte iki</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decision_labels.py" line="64" />
      <source>Keys for no objection, objection, stand aside: N O S</source>
      <translation>İtiraz yok, itiraz, kenarda kalma tuşları: Y İ K</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decision_labels.py" line="67" />
      <source>Keys for yes, no, abstain: Y N A</source>
      <translation>Evet, hayır, çekimser tuşları: E H Ç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decision_labels.py" line="70" />
      <source>Keys for green, yellow, red cards: G Y R</source>
      <translation>Yeşil, sarı, kırmızı kart tuşları: Y S K</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decision_labels.py" line="112" />
      <source>Keys: %1–%2 (%3 … %4) · Backspace clears</source>
      <translation>Tuşlar: %1–%2 (%3 … %4) · Backspace siler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decision_labels.py" line="120" />
      <source>Backspace clears</source>
      <translation>Backspace siler</translation>
    </message>
  </context>
  <context>
    <name>DecisionsTab</name>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="124" />
      <source>Type a new proposal and press Enter</source>
      <translation>Yeni bir öneri yazıp Enter'a basın</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="173" />
      <source>no review date</source>
      <translation>gözden geçirme tarihi yok</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="184" />
      <source>What was decided, in one or two sentences</source>
      <translation>Ne karar verildi, bir iki cümleyle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="187" />
      <source>Title</source>
      <translation>Başlık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="188" />
      <source>Method</source>
      <translation>Yöntem</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="189" />
      <source>Voice</source>
      <translation>Ses</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="191" />
      <source>Review date</source>
      <translation>Gözden geçirme tarihi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="192" />
      <source>Outcome statement</source>
      <translation>Karar metni</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="197" />
      <source>Save as amended wording</source>
      <translation>Değiştirilmiş metin olarak kaydet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="203" />
      <source>Wording</source>
      <translation>Metin</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="60" />
      <source>%n position(s)</source>
      <translation>
        <numerusform>%n görüş</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="92" />
      <source>Rounds</source>
      <translation>Turlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="98" />
      <source>no quorum</source>
      <translation>yeter sayı yok</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="102" />
      <source>Open a round</source>
      <translation>Tur aç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="107" />
      <source>Quorum</source>
      <translation>Yeter sayı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="109" />
      <source>Threshold</source>
      <translation>Eşik</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="124" />
      <source>Close the round</source>
      <translation>Turu kapat</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="92" />
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="32" />
      <source>Outcome</source>
      <translation>Sonuç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="89" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="90" />
      <source>Proposal</source>
      <translation>Öneri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="46" />
      <source>Round %1</source>
      <translation>%1. tur</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="49" />
      <source>wording %1</source>
      <translation>metin %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="57" />
      <source>quorum %1</source>
      <translation>yeter sayı %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="62" />
      <source>open</source>
      <translation>açık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="65" />
      <source>proposed: %1</source>
      <translation>önerilen sonuç: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="70" />
      <source>cut short: nothing proposed</source>
      <translation>yarıda kesildi: sonuç önerilmedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="176" />
      <source>No review date</source>
      <translation>Gözden geçirme tarihi yok</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="190" />
      <source>Agenda item</source>
      <translation>Gündem maddesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="127" />
      <source>Cancel the round</source>
      <translation>Turu iptal et</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/rounds_box.py" line="130" />
      <source>Remove this round: nothing has been recorded in it yet.</source>
      <translation>Bu turu kaldırır: turda henüz hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="41" />
      <source>Confirm the proposed outcome</source>
      <translation>Önerilen sonucu onayla</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="49" />
      <source>Reason for overriding (required)</source>
      <translation>Farklı karar verme gerekçesi (zorunlu)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="51" />
      <source>Override</source>
      <translation>Farklı karar ver</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="52" />
      <source>Withdraw</source>
      <translation>Geri çek</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="53" />
      <source>Defer</source>
      <translation>Ertele</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="54" />
      <source>Reopen</source>
      <translation>Yeniden aç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="56" />
      <source>Clear the outcome to test the proposal again; its number is kept.</source>
      <translation>Öneriyi yeniden sınamak için sonucu kaldırır; karar numarası korunur.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="712" />
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="61" />
      <source>Delete proposal</source>
      <translation>Öneriyi sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="64" />
      <source>Commitment from this decision</source>
      <translation>Bu karardan taahhüt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="272" />
      <source>No proposals yet: type one in the field above and press Enter, or in the live screen press Ctrl+D to make a proposal from the last note. Each proposal is tested in rounds (gradients of agreement, fist-to-five, consent, majority vote or cards); agreed ones get a number in the series' decision register.</source>
      <translation>Henüz öneri yok: yukarıdaki alana bir öneri yazıp Enter'a basın ya da canlı ekranda Ctrl+D ile son nottan öneri oluşturun. Her öneri turlarla sınanır (uzlaşı dereceleri, yumruktan beşe, itirazsızlık, oy çokluğu ya da kartlar); kabul edilenler dizinin karar sicilinde bir numara alır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="334" />
      <source>(no agenda item)</source>
      <translation>(gündem maddesi yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="404" />
      <source>Fixed while a round is open: close or cancel the round to change it.</source>
      <translation>Açık bir tur varken değiştirilemez: değiştirmek için turu kapatın ya da iptal edin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="410" />
      <source>Wording %1: %2</source>
      <translation>Metin %1: %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="414" />
      <source>Earlier wordings:</source>
      <translation>Önceki metinler:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="93" />
      <source>Not decided yet.</source>
      <translation>Henüz karar verilmedi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="99" />
      <source>Decision %1: %2</source>
      <translation>Karar %1: %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="104" />
      <source>overridden: %1</source>
      <translation>kurala rağmen verildi: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="114" />
      <source>The rule proposes: %1. %2</source>
      <translation>Kuralın önerdiği sonuç: %1. %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/outcome_box.py" line="120" />
      <source>Open a round to test agreement on the wording.</source>
      <translation>Metin üzerinde uzlaşıyı sınamak için bir tur açın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="514" />
      <source>add proposal “%1”</source>
      <translation>“%1” önerisinin eklenmesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="536" />
      <source>change of “%1”</source>
      <translation>“%1” önerisinin düzenlenmesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="607" />
      <source>amendment of “%1”</source>
      <translation>“%1” önerisinin metninin değiştirilmesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="646" />
      <source>Round %1 closed; the rule proposes: %2</source>
      <translation>Tur %1 kapandı; kuralın önerdiği sonuç: %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="661" />
      <source>Round %1 cancelled.</source>
      <translation>Tur %1 iptal edildi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="672" />
      <source>outcome of “%1”</source>
      <translation>“%1” önerisinin sonucunun belirlenmesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/decisions_tab.py" line="713" />
      <source>Delete the proposal “%1” with its wordings and rounds?</source>
      <translation>“%1” önerisi metinleri ve turlarıyla birlikte silinsin mi?</translation>
    </message>
  </context>
  <context>
    <name>Directory</name>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="72" />
      <location filename="../../facilitator/ui/directory/directory_page.py" line="100" />
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="75" />
      <source>Organization</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="80" />
      <source>Position</source>
      <translation>Görev</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="83" />
      <source>E-mail</source>
      <translation>E-posta</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="86" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="103" />
      <source>Short name</source>
      <translation>Kısa ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="106" />
      <source>Sector</source>
      <translation>Sektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="111" />
      <source>City</source>
      <translation>Şehir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="114" />
      <source>People</source>
      <translation>Kişi sayısı</translation>
    </message>
  </context>
  <context>
    <name>DirectoryPage</name>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="710" />
      <source>&amp;People</source>
      <translation>&amp;Kişiler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="711" />
      <source>O&amp;rganizations</source>
      <translation>Ku&amp;rumlar</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/directory/directory_page.py" line="764" />
      <source>Import %n people</source>
      <translation>
        <numerusform>İçe aktarma — %n kişi</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DirectoryPane</name>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="188" />
      <source>&amp;Delete</source>
      <translation>&amp;Sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="192" />
      <source>&amp;Merge into…</source>
      <translation>&amp;Birleştir…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="253" />
      <source>%1 of %2</source>
      <translation>%1 / %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="293" />
      <source>This entry could not be shown.</source>
      <translation>Bu kayıt gösterilemedi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="311" />
      <source>No entry is selected.</source>
      <translation>Seçili bir kayıt yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="316" />
      <source>Change the %1</source>
      <translation>%1 değişikliği</translation>
    </message>
  </context>
  <context>
    <name>DistributionBar</name>
    <message>
      <location filename="../../facilitator/ui/decisions/distribution_bar.py" line="53" />
      <source>No positions yet</source>
      <translation>Henüz görüş yok</translation>
    </message>
  </context>
  <context>
    <name>DocumentActions</name>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="43" />
      <source>Calendar invitation in Turkish (*.ics)</source>
      <translation>Takvim daveti, Türkçe (*.ics)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="46" />
      <source>Calendar invitation in English (*.ics)</source>
      <translation>Takvim daveti, İngilizce (*.ics)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="52" />
      <source>Save the calendar invitation</source>
      <translation>Takvim davetini kaydet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="77" />
      <source>Doc&amp;uments</source>
      <translation>&amp;Belgeler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="78" />
      <source>&amp;Minutes…</source>
      <translation>&amp;Tutanak…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="79" />
      <source>&amp;Roadmap…</source>
      <translation>&amp;Yol haritası…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="80" />
      <source>&amp;Agenda handout…</source>
      <translation>&amp;Gündem…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="82" />
      <source>A&amp;ttendance sheet…</source>
      <translation>&amp;Katılım listesi…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="84" />
      <source>Name &amp;badges with room codes…</source>
      <translation>&amp;Oda kodlu yaka kartları…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="86" />
      <source>&amp;Calendar invitation…</source>
      <translation>Takvim &amp;daveti…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="87" />
      <source>&amp;E-mail drafts…</source>
      <translation>&amp;E-posta taslakları…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="145" />
      <source>This workshop has not been held yet, so it has no minutes. Make a draft with its details and agenda only?</source>
      <translation>Bu çalıştay henüz yapılmadı, bu yüzden tutanağı yok. Yalnızca bilgilerini ve gündemini içeren bir taslak hazırlansın mı?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="148" />
      <source>Minutes</source>
      <translation>Tutanak</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="186" />
      <source>Cannot make the document</source>
      <translation>Belge hazırlanamadı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="215" />
      <source>Cannot save the invitation</source>
      <translation>Davet kaydedilemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="217" />
      <source>Saved to %1</source>
      <translation>Kaydedildi: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="233" />
      <source>Name badges with room codes</source>
      <translation>Oda kodlu yaka kartları</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="237" />
      <location filename="../../facilitator/ui/documents/document_actions.py" line="273" />
      <source>Cannot make the badges</source>
      <translation>Yaka kartları hazırlanamadı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="239" />
      <source>Name badges</source>
      <translation>Yaka kartları</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="260" />
      <source>Writing the name badges…</source>
      <translation>Yaka kartları yazılıyor…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/documents/document_actions.py" line="266" />
      <source>Saved %n name badge(s) to %1; their codes point to %2</source>
      <translation>
        <numerusform>%n yaka kartı %1 dosyasına kaydedildi; kodlar %2 adresini açar</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="285" />
      <source>Export the minutes…</source>
      <translation>Tutanağı dışa aktar…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/document_actions.py" line="286" />
      <source>The live session has ended: export its minutes as a PDF.</source>
      <translation>Canlı oturum sona erdi: tutanağını PDF olarak dışa aktarın.</translation>
    </message>
  </context>
  <context>
    <name>DotPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="108" />
      <source>Dots</source>
      <translation>Nokta</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="118" />
      <source>dots each</source>
      <translation>nokta hakkı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="123" />
      <location filename="../../facilitator/ui/live/dot_panel.py" line="269" />
      <source>on ideas</source>
      <translation>fikirlere</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="124" />
      <location filename="../../facilitator/ui/live/dot_panel.py" line="269" />
      <source>on clusters</source>
      <translation>kümelere</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="131" />
      <source>Tab: next choice · Enter opens the round · Esc cancels</source>
      <translation>Tab: sonraki seçim · Enter turu açar · Esc vazgeçer</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="146" />
      <source>Who puts the dots? Type a name (Enter picks, Esc cancels)</source>
      <translation>Noktaları kim koyuyor? Bir ad yazın (Enter seçer, Esc vazgeçer)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="168" />
      <source>No dots yet.</source>
      <translation>Henüz nokta yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="265" />
      <source>No dot round yet. R opens one.</source>
      <translation>Henüz nokta turu yok. R bir tur açar.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="194" />
      <source>counted</source>
      <translation>sayımla</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="192" />
      <source>per person</source>
      <translation>kişi başına</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="193" />
      <source>per institution</source>
      <translation>kurum başına</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="274" />
      <source>open — E ends it</source>
      <translation>açık — E bitirir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="274" />
      <source>closed — R opens a new one</source>
      <translation>kapandı — R yeni bir tur açar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="276" />
      <source>Round %1: %2 · %3</source>
      <translation>Tur %1: %2 · %3</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="282" />
      <source>Split by sector · S: by institution</source>
      <translation>Sektöre göre · S: kuruma göre</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="284" />
      <source>Split by institution · S: by sector</source>
      <translation>Kuruma göre · S: sektöre göre</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="295" />
      <source>Type the room's count on a card, Enter saves it.</source>
      <translation>Salonun sayımını bir karta yazın, Enter kaydeder.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="297" />
      <source>V: choose who puts the dots, then + / − on a card.</source>
      <translation>V: noktaları koyanı seçin, sonra bir kartta + / −.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="301" />
      <source>Dots by %1 — %2 · +/− on a card · V: someone else</source>
      <translation>Noktalar: %1 — %2 · kartta +/− · V: başka biri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="319" />
      <source>A dot round is already open; E ends it first.</source>
      <translation>Zaten açık bir nokta turu var; önce E ile bitirin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="346" />
      <source>Dots were given in this round since; end it instead.</source>
      <translation>Bu turda o zamandan beri nokta verildi; turu silmek yerine bitirin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="353" />
      <source>open dot round</source>
      <translation>nokta turu açma</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="373" />
      <source>Dot round %1 is open.</source>
      <translation>Nokta turu %1 açıldı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="376" />
      <source>Type counts on the cards.</source>
      <translation>Sayıları kartlara yazın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="378" />
      <source>V: who puts the dots.</source>
      <translation>V: noktaları kim koyuyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="387" />
      <source>No dot round is open.</source>
      <translation>Açık nokta turu yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="391" />
      <source>end dot round</source>
      <translation>nokta turunu bitirme</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="399" />
      <source>Dot round %1 ended: %2 in all.</source>
      <translation>Nokta turu %1 bitti: toplam %2.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="414" />
      <source>No dot round is open: R opens one.</source>
      <translation>Açık nokta turu yok: R bir tur açar.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="424" />
      <source>This round puts dots on clusters: select a cluster.</source>
      <translation>Bu turda noktalar kümelere konuyor: bir küme seçin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="428" />
      <source>This round puts dots on ideas: select an idea.</source>
      <translation>Bu turda noktalar fikirlere konuyor: bir fikir seçin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="438" />
      <location filename="../../facilitator/ui/live/dot_panel.py" line="476" />
      <source>This round is counted: type the count on a card.</source>
      <translation>Bu tur sayımla: sayıyı bir karta yazın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="452" />
      <source>Nobody is checked in as present yet: Ctrl+I checks people in.</source>
      <translation>Henüz kimse katıldı olarak işaretlenmedi: Ctrl+I ile katılımcıları işaretleyin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="480" />
      <source>First choose who puts the dots: V.</source>
      <translation>Önce noktaları kimin koyduğunu seçin: V.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="486" />
      <source>dot by %1</source>
      <translation>%1 noktası</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="486" />
      <source>dot taken back from %1</source>
      <translation>%1 noktasının geri alınması</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="510" />
      <source>Digits type counts in a counted round; here + gives a dot.</source>
      <translation>Rakamlar sayımlı turda sayı girer; burada + bir nokta verir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="526" />
      <source>Count for “%1”: %2 — Enter saves, Esc cancels</source>
      <translation>“%1” için sayı: %2 — Enter kaydeder, Esc vazgeçer</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="554" />
      <source>count</source>
      <translation>sayı</translation>
    </message>
  </context>
  <context>
    <name>Edits</name>
    <message>
      <location filename="../../facilitator/ui/kit/operations.py" line="157" />
      <source>The change was not made</source>
      <translation>Değişiklik yapılmadı</translation>
    </message>
  </context>
  <context>
    <name>EmptyDirectory</name>
    <message>
      <location filename="../../facilitator/ui/directory/empty_directory.py" line="25" />
      <source>The directory is empty</source>
      <translation>Rehber boş</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/empty_directory.py" line="32" />
      <source>Everyone who takes part in your workshops, and the organizations they come from, are kept here, shared by every workshop. Start by adding the first person (a new organization can be created in the same form), or import a list of people from a spreadsheet (CSV or Excel).</source>
      <translation>Çalıştaylarınıza katılan herkes ve geldikleri kurumlar burada tutulur; her çalıştay aynı rehberi kullanır. İlk kişiyi ekleyerek başlayın (yeni bir kurum aynı formda oluşturulabilir) ya da bir tablodan (CSV veya Excel) kişi listesi içe aktarın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/empty_directory.py" line="40" />
      <source>&amp;Add a person…</source>
      <translation>Kişi &amp;ekle…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/empty_directory.py" line="42" />
      <source>&amp;Import a list…</source>
      <translation>Liste &amp;içe aktar…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/empty_directory.py" line="45" />
      <source>Add an &amp;organization…</source>
      <translation>&amp;Kurum ekle…</translation>
    </message>
  </context>
  <context>
    <name>EmptyPage</name>
    <message>
      <location filename="../../facilitator/ui/empty_page.py" line="18" />
      <source>&lt;h2&gt;No workshop yet&lt;/h2&gt;&lt;p&gt;Start by creating a series (a theme with its workshops) or a single workshop. People and organizations you add are kept in the directory for every workshop.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Henüz çalıştay yok&lt;/h2&gt;&lt;p&gt;Bir seri (bir tema ve çalıştayları) ya da tek bir çalıştay oluşturarak başlayın. Eklediğiniz kişiler ve kurumlar her çalıştay için rehberde saklanır.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="86" />
      <source>Everything saved before it is safe in the database.</source>
      <translation>Bundan önce kaydedilen her şey veritabanında güvende.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="90" />
      <source>Something went wrong in Facilitator</source>
      <translation>Facilitator'da bir şeyler ters gitti</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="92" />
      <source>What you just did may not have been completed.</source>
      <translation>Az önce yaptığınız işlem tamamlanmamış olabilir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="98" />
      <source>If this happens again, press “Copy details” and send them to whoever supports Facilitator for you.</source>
      <translation>Bu yeniden olursa “Ayrıntıları kopyala”ya basın ve ayrıntıları size Facilitator desteği veren kişiye gönderin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="105" />
      <source>This could not be done</source>
      <translation>Bu işlem yapılamadı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="135" />
      <source>The details were written to the log file:</source>
      <translation>Ayrıntılar şu kayıt dosyasına yazıldı:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="139" />
      <source>The details could not be written to a log file; “Copy details” keeps them.</source>
      <translation>Ayrıntılar bir kayıt dosyasına yazılamadı; “Ayrıntıları kopyala” ile saklayabilirsiniz.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="151" />
      <source>&amp;Copy details</source>
      <translation>&amp;Ayrıntıları kopyala</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="156" />
      <source>Close</source>
      <translation>Kapat</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="177" />
      <source>This happened %1 times.</source>
      <translation>Bu %1 kez oldu.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="185" />
      <source>Copied ✓</source>
      <translation>Kopyalandı ✓</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="344" />
      <source>&amp;Try again</source>
      <translation>&amp;Yeniden dene</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/error_dialog.py" line="404" />
      <source>An error in Facilitator stopped this from loading; it is not something you did. Nothing was changed.</source>
      <translation>Facilitator'daki bir hata bunun yüklenmesini engelledi; sizin yaptığınız bir şeyden kaynaklanmıyor. Hiçbir şey değiştirilmedi.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../facilitator/services/_common.py" line="92" />
      <source>{value} is not a valid {what} number.</source>
      <translation>{value} geçerli bir {what} numarası değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="63" />
      <location filename="../../facilitator/services/commitment_reviews.py" line="203" />
      <source>This was changed elsewhere since; undoing or redoing would overwrite the newer value, so nothing was changed.</source>
      <translation>Bu, o zamandan beri başka bir yerde değiştirildi; geri almak ya da yinelemek daha yeni değerin üzerine yazacaktı, bu yüzden hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="70" />
      <source>This was changed elsewhere since ({fields}); undoing or redoing would overwrite the newer value, so nothing was changed.</source>
      <translation>Bu, o zamandan beri başka bir yerde değiştirildi ({fields}); geri almak ya da yinelemek daha yeni değerin üzerine yazacağı için hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="125" />
      <location filename="../../facilitator/services/proposals/anyone.py" line="284" />
      <source>The {what} #{id} no longer exists.</source>
      <translation>Bu {what} artık mevcut değil (#{id}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="149" />
      <source>{label} must be text.</source>
      <translation>{label} metin olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="155" />
      <source>{label} contains characters that cannot be stored.</source>
      <translation>{label} saklanamayan karakterler içeriyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="166" />
      <source>{label} contains a control character ({code}) that cannot be stored.</source>
      <translation>{label} saklanamayan bir denetim karakteri ({code}) içeriyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="175" />
      <source>{label} cannot be empty.</source>
      <translation>{label} boş bırakılamaz.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="179" />
      <source>{label} is too long (at most {n} characters).</source>
      <translation>{label} çok uzun (en fazla {n} karakter).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="243" />
      <source>{label} must be a date and time.</source>
      <translation>{label} bir tarih ve saat olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="247" />
      <source>{label} has no time zone.</source>
      <translation>{label} için saat dilimi yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="489" />
      <source>The dots each voter has must be a whole number from 1 to {n}.</source>
      <translation>Her katılımcının nokta sayısı 1 ile {n} arasında bir tam sayı olmalı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="234" />
      <source>{label} is out of range (years 1900–2200).</source>
      <translation>{label} geçerli aralığın dışında (1900–2200 yılları).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="262" />
      <source>{label} must be a date.</source>
      <translation>{label} bir tarih olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="278" />
      <source>{label} must be a whole number from {low} to {high}.</source>
      <translation>{label} {low} ile {high} arasında bir tam sayı olmalı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="324" />
      <source>{label} must be yes or no.</source>
      <translation>{label} evet ya da hayır olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="338" />
      <location filename="../../facilitator/services/_common.py" line="343" />
      <source>The stored minutes are not readable.</source>
      <translation>Kayıtlı tutanak okunamıyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="352" />
      <source>The SHA-256 is not 64 hexadecimal digits.</source>
      <translation>SHA-256 özeti 64 onaltılık basamak değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="367" />
      <source>“{value}” is not a record identifier.</source>
      <translation>“{value}” bir kayıt kimliği değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="386" />
      <source>“{zone}” is not a time zone; use a name such as Europe/Istanbul.</source>
      <translation>“{zone}” bir saat dilimi değil; Europe/Istanbul gibi bir ad kullanın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="400" />
      <source>A search must be text.</source>
      <translation>Arama metin olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="409" />
      <source>“{value}” is not a valid {label}.</source>
      <translation>“{value}” geçerli bir {label} değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="426" />
      <location filename="../../facilitator/services/bundles/importing.py" line="253" />
      <source> and {n} more</source>
      <translation> ve {n} tane daha</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="122" />
      <source>An organization named “{name}” already exists.</source>
      <translation>“{name}” adlı bir kurum zaten var.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="244" />
      <source>%n person(s)</source>
      <translation>
        <numerusform>%n kişi</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="250" />
      <location filename="../../facilitator/services/directory.py" line="565" />
      <source>%n commitment(s)</source>
      <translation>
        <numerusform>%n taahhüt</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="257" />
      <source>attendees of %n workshop(s)</source>
      <translation>
        <numerusform>%n çalıştayın katılımcıları</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="259" />
      <source>%n hosted workshop(s)</source>
      <translation>
        <numerusform>ev sahipliği yaptığı %n çalıştay</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="261" />
      <source>%n coordinated series</source>
      <translation>
        <numerusform>koordine ettiği %n seri</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="266" />
      <location filename="../../facilitator/services/directory.py" line="560" />
      <source>%n recorded position(s)</source>
      <translation>
        <numerusform>kaydedilmiş %n görüş</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="276" />
      <source>%n idea(s) on an ideas board</source>
      <translation>
        <numerusform>fikir panosunda %n fikir</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="279" />
      <source>%n dot(s) in dot rounds</source>
      <translation>
        <numerusform>nokta oylamalarında %n nokta</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="539" />
      <source>attends %n workshop(s)</source>
      <translation>
        <numerusform>%n çalıştaya katılıyor</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="547" />
      <source>moderates %n workshop(s)</source>
      <translation>
        <numerusform>%n çalıştayın moderatörü</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="551" />
      <source>%n attributed note(s)</source>
      <translation>
        <numerusform>adına kaydedilmiş %n not</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/directory.py" line="555" />
      <source>%n speaker turn(s)</source>
      <translation>
        <numerusform>%n söz alma</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="154" />
      <source>{name} already attends this workshop.</source>
      <translation>{name} bu çalıştaya zaten katılıyor.</translation>
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
      <translation>kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="214" />
      <source>Some of these attendees no longer exist.</source>
      <translation>Bu katılımcılardan bazıları artık mevcut değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="252" />
      <location filename="../../facilitator/services/attendees.py" line="282" />
      <location filename="../../facilitator/services/attendees.py" line="457" />
      <location filename="../../facilitator/services/live/checkin.py" line="152" />
      <source>attendee</source>
      <translation>katılımcı</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="289" />
      <source>“{name}” cannot be deleted: {refs} refer to it.</source>
      <translation>“{name}” silinemez; şunlar bu kuruma bağlı: {refs}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="200" />
      <source>“{email}” is not an e-mail address.</source>
      <translation>“{email}” bir e-posta adresi değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="200" />
      <location filename="../../facilitator/services/ideas/board.py" line="385" />
      <location filename="../../facilitator/services/live/notes.py" line="145" />
      <location filename="../../facilitator/services/live/notes.py" line="258" />
      <location filename="../../facilitator/services/live/notes.py" line="477" />
      <location filename="../../facilitator/services/proposals/wording.py" line="42" />
      <source>agenda item</source>
      <translation>gündem maddesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="248" />
      <source>The presenter must be a person attending the workshop.</source>
      <translation>Sunan, çalıştaya katılan biri olmalıdır.</translation>
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
      <translation>kişi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="117" />
      <source>{name} does not attend this workshop; add them as an attendee first.</source>
      <translation>{name} bu çalıştaya katılmıyor; önce katılımcı olarak ekleyin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="471" />
      <source>Planned minutes must be a whole number from 0 to {n}.</source>
      <translation>Planlanan süre 0 ile {n} arasında bir tam sayı olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="379" />
      <source>The agenda item “{title}” is already there.</source>
      <translation>“{title}” gündem maddesi zaten var.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="490" />
      <location filename="../../facilitator/services/agenda.py" line="570" />
      <source>The position must be between 1 and {n}.</source>
      <translation>Sıra 1 ile {n} arasında olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="594" />
      <source>Some of these agenda items no longer exist.</source>
      <translation>Bu gündem maddelerinden bazıları artık mevcut değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="680" />
      <source>Choose another workshop to copy the agenda from.</source>
      <translation>Gündemi kopyalamak için başka bir çalıştay seçin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="685" />
      <source>“{title}” has no agenda to copy.</source>
      <translation>“{title}” çalıştayının kopyalanacak gündemi yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="741" />
      <source>The agenda is empty: there is nothing to save as a template.</source>
      <translation>Gündem boş: şablon olarak kaydedilecek bir şey yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="750" />
      <source>A template named “{name}” already exists.</source>
      <translation>“{name}” adlı bir şablon zaten var.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="779" />
      <location filename="../../facilitator/services/agenda.py" line="788" />
      <source>template</source>
      <translation>şablon</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="791" />
      <source>The template “{name}” has no items.</source>
      <translation>“{name}” şablonunda madde yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="583" />
      <source>“{name}” cannot be deleted: {refs}.</source>
      <translation>“{name}” silinemez: {refs}.</translation>
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
      <translation>taahhüt</translation>
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
      <translation>seri</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="292" />
      <location filename="../../facilitator/services/_common.py" line="299" />
      <location filename="../../facilitator/services/_common.py" line="303" />
      <source>{label} must be a number.</source>
      <translation>{label} bir sayı olmalı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="307" />
      <source>{label} cannot be negative.</source>
      <translation>{label} eksi olamaz.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="311" />
      <source>{label} is too large.</source>
      <translation>{label} çok büyük.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="315" />
      <source>{label} can have at most two decimals.</source>
      <translation>{label} en fazla iki ondalık basamak içerebilir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="417" />
      <source>A commitment needs the organization that makes it.</source>
      <translation>Taahhüdü veren kurum seçilmeli.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="445" />
      <location filename="../../facilitator/services/roadmap.py" line="153" />
      <location filename="../../facilitator/services/roadmap.py" line="165" />
      <location filename="../../facilitator/services/roadmap.py" line="184" />
      <source>phase</source>
      <translation>aşama</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="448" />
      <source>The phase “{title}” belongs to another series.</source>
      <translation>“{title}” aşaması başka bir seriye ait.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="466" />
      <location filename="../../facilitator/services/commitments.py" line="573" />
      <source>decision</source>
      <translation>karar</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="485" />
      <source>A quantity needs its unit (TRY, EUR, volunteer hours or volunteers).</source>
      <translation>Miktarın birimi de seçilmeli (TL, avro, gönüllü saati ya da gönüllü).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="492" />
      <source>A unit needs a quantity; enter the amount or clear the unit.</source>
      <translation>Birim seçildiyse miktar da girilmeli; miktarı yazın ya da birimi kaldırın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="497" />
      <source>The due date ({due}) is before the start date ({start}).</source>
      <translation>Bitiş tarihi ({due}) başlangıç tarihinden ({start}) önce.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="538" />
      <source>{person} is not with {organization}; choose one of its people or nobody.</source>
      <translation>{person}, {organization} kurumundan değil; kurumun kişilerinden birini seçin ya da kimseyi seçmeyin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="552" />
      <source>The decision “{title}” was taken in another series.</source>
      <translation>“{title}” kararı başka bir seride alındı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="602" />
      <source>A commitment is made at a workshop or on a series' roadmap.</source>
      <translation>Taahhüt bir çalıştayda ya da bir serinin yol haritasında verilir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitment_reviews.py" line="124" />
      <source>A commitment cannot be reviewed at a workshop held before the one where it was made.</source>
      <translation>Bir taahhüt, verildiği çalıştaydan önce yapılmış bir çalıştayda gözden geçirilemez.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="562" />
      <source>“{title}” has not been agreed; a commitment serves an agreed decision.</source>
      <translation>“{title}” üzerinde uzlaşılmadı; taahhüt ancak uzlaşılmış bir karara hizmet eder.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitment_reviews.py" line="118" />
      <source>A commitment is reviewed at a workshop of its own series.</source>
      <translation>Taahhüt, yalnızca kendi serisinin bir çalıştayında gözden geçirilebilir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="493" />
      <source>The number in the series must be between 1 and 9999.</source>
      <translation>Serideki sıra numarası 1 ile 9999 arasında olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="375" />
      <source>The language must be Turkish (tr) or English (en).</source>
      <translation>Dil Türkçe (tr) ya da İngilizce (en) olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="127" />
      <source>The minutes of “{title}” have not been finalised yet: finalise them (Documents, Minutes) and the status becomes “minutes sent” by itself.</source>
      <translation>“{title}” tutanağı henüz kesinleşmedi: tutanağı kesinleştirin (Belgeler, Tutanak), durum kendiliğinden “tutanak gönderildi” olur.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="139" />
      <source>The workshop must end after it starts.</source>
      <translation>Çalıştayın bitişi başlangıcından sonra olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="144" />
      <source>Only a workshop in a series can have a number.</source>
      <translation>Yalnızca bir seriye ait çalıştayın sıra numarası olabilir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="156" />
      <source>Number {n} is already taken in this series by “{title}”.</source>
      <translation>Bu seride {n} numarası “{title}” tarafından kullanılıyor.</translation>
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
      <translation>çalıştay</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/merge.py" line="126" />
      <source>A person cannot be merged with themselves.</source>
      <translation>Bir kişi kendisiyle birleştirilemez.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/merge.py" line="206" />
      <source>An organization cannot be merged with itself.</source>
      <translation>Bir kurum kendisiyle birleştirilemez.</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="93" />
      <source>{url}: Facilitator talks to PostgreSQL through psycopg 3; write the URL as postgresql+psycopg://USER@HOST/DATABASE</source>
      <translation>{url}: Facilitator PostgreSQL'e psycopg 3 ile bağlanır; adresi postgresql+psycopg://KULLANICI@SUNUCU/VERİTABANI biçiminde yazın</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="103" />
      <source>The PostgreSQL driver is not installed: pip install "facilitator[postgres]"</source>
      <translation>PostgreSQL sürücüsü kurulu değil: pip install "facilitator[postgres]"</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="110" />
      <source>{url}: Facilitator works with an SQLite file or a PostgreSQL server (postgresql+psycopg://…), not {backend}</source>
      <translation>{url}: Facilitator bir SQLite dosyasıyla ya da bir PostgreSQL sunucusuyla (postgresql+psycopg://…) çalışır, {backend} ile çalışmaz</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="146" />
      <source>{url} is a database in memory, which keeps nothing once the command ends; give a file instead</source>
      <translation>{url} bellekte bir veritabanı; komut bitince hiçbir şey saklanmaz, bunun yerine bir dosya verin</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="154" />
      <source>{url}: options in an SQLite URL are not supported; give the path of the file</source>
      <translation>{url}: SQLite adresinde seçenekler desteklenmiyor; dosyanın yolunu verin</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="244" />
      <source>there is no database at {path}</source>
      <translation>{path} konumunda bir veritabanı yok</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="258" />
      <location filename="../../facilitator/store/store.py" line="347" />
      <source>{path} is not a Facilitator database (it is empty); nothing was written to it</source>
      <translation>{path} bir Facilitator veritabanı değil (boş); içine hiçbir şey yazılmadı</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="442" />
      <location filename="../../facilitator/ui/bundles/bundle_actions.py" line="46" />
      <source>The database is open read-only because another Facilitator is using it; nothing was changed.</source>
      <translation>Veritabanını başka bir Facilitator kullandığı için salt okunur açıldı; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="463" />
      <source>The connection to the database server is lost; nothing was changed. Facilitator reconnects by itself as soon as the server answers.</source>
      <translation>Veritabanı sunucusuyla bağlantı koptu; hiçbir şey değiştirilmedi. Sunucu yanıt verir vermez Facilitator kendiliğinden yeniden bağlanır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="550" />
      <source>The old values could not be erased from the database file because another program is reading it. Close that program (or the other Facilitator) and try again.</source>
      <translation>Eski değerler veritabanı dosyasından silinemedi, çünkü başka bir program dosyayı okuyor. O programı (ya da öteki Facilitator'ı) kapatıp yeniden deneyin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/room/writer.py" line="105" />
      <location filename="../../facilitator/store/store.py" line="577" />
      <source>The change was refused by the database: {reason}</source>
      <translation>Değişiklik veritabanı tarafından reddedildi: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/store.py" line="643" />
      <source>{path} has {n} names (hard links), so another Facilitator could use it unnoticed under the other name; copy it to a file of its own and open that</source>
      <translation>{path} dosyasının {n} adı var (sabit bağlantılar); başka bir Facilitator onu öbür adıyla fark edilmeden kullanabilir. Kendine ait bir dosyaya kopyalayıp onu açın</translation>
    </message>
    <message>
      <location filename="../../facilitator/room/writer.py" line="111" />
      <location filename="../../facilitator/store/store.py" line="590" />
      <source>The database could not be used: {reason}</source>
      <translation>Veritabanı kullanılamadı: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="180" />
      <source>{file} is a folder, not a file.</source>
      <translation>{file} bir klasör, dosya değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="157" />
      <source>{file} is {size} MB; an attendee list is far smaller (at most {limit} MB).</source>
      <translation>{file} {size} MB; bir katılımcı listesi çok daha küçüktür (en fazla {limit} MB).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="187" />
      <location filename="../../facilitator/documents/attendee_files.py" line="208" />
      <location filename="../../facilitator/documents/attendee_files.py" line="1393" />
      <source>cannot read {file}: {reason}</source>
      <translation>{file} okunamadı: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="190" />
      <location filename="../../facilitator/documents/attendee_files.py" line="595" />
      <location filename="../../facilitator/documents/attendee_files.py" line="995" />
      <source>{file} is empty.</source>
      <translation>{file} boş.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="228" />
      <source>{file} is an old Excel workbook (.xls) or a password-protected one; save it as .xlsx without a password, or as CSV.</source>
      <translation>{file} eski bir Excel çalışma kitabı (.xls) ya da parolalı; parolasız .xlsx ya da CSV olarak kaydedin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="198" />
      <source>{file} is not an Excel workbook, although its name ends in .xlsx.</source>
      <translation>{file} adı .xlsx ile bitse de bir Excel çalışma kitabı değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="110" />
      <source>{file}, row {row}, column {column}</source>
      <translation>{file}, {row}. satır, {column} sütunu</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="112" />
      <source>{file}, sheet “{sheet}”, row {row}, column {column}</source>
      <translation>{file}, “{sheet}” sayfası, {row}. satır, {column} sütunu</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="131" />
      <source>{file} has more than {limit} rows, blank ones included: more than Excel itself can show.</source>
      <translation>{file} boş satırlarla birlikte {limit} satırdan uzun: bu, Excel'in kendisinin gösterebileceğinden fazla.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="141" />
      <source>a value beyond the first {limit} columns; an attendee list has far fewer columns.</source>
      <translation>ilk {limit} sütunun ötesinde bir değer var; bir katılımcı listesinin çok daha az sütunu olur.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="148" />
      <source>the cell holds more than {limit} characters, more than Excel allows in one cell.</source>
      <translation>hücrede {limit} karakterden fazlası var; bu, Excel'in bir hücreye izin verdiğinden fazla.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="224" />
      <source>{file} is an old Excel workbook (.xls); save it as .xlsx or CSV.</source>
      <translation>{file} eski bir Excel çalışma kitabı (.xls); .xlsx ya da CSV olarak kaydedin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="239" />
      <source>{file} is protected by a password; open it in Excel, remove the password and save it again, or save it as CSV.</source>
      <translation>{file} parolayla korunuyor; Excel'de açıp parolayı kaldırın ve yeniden kaydedin ya da CSV olarak kaydedin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="275" />
      <source>{file} starts like UTF-16 text but is not valid UTF-16 (byte {offset}).</source>
      <translation>{file} UTF-16 metin gibi başlıyor ama geçerli UTF-16 değil ({offset}. bayt).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="287" />
      <source>{file} is marked as UTF-8 but line {line} is not UTF-8; save it again as UTF-8.</source>
      <translation>{file} UTF-8 olarak işaretli ama {line}. satır UTF-8 değil; dosyayı UTF-8 olarak yeniden kaydedin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="301" />
      <source>{file} looks like UTF-16 text without a byte-order mark; save it as CSV in UTF-8.</source>
      <translation>{file} bayt sırası işareti olmayan UTF-16 metne benziyor; UTF-8 CSV olarak kaydedin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="315" />
      <source>{file} is neither UTF-8 nor Windows-1254 text: line {line} has the byte 0x{byte:02X}; save it again as CSV in UTF-8.</source>
      <translation>{file} ne UTF-8 ne de Windows-1254 metin: {line}. satırda 0x{byte:02X} baytı var; UTF-8 CSV olarak yeniden kaydedin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="331" />
      <source>{file} is not a text file: it holds binary data (line {line}); choose a CSV or .xlsx file.</source>
      <translation>{file} bir metin dosyası değil: ikili veri içeriyor ({line}. satır); bir CSV ya da .xlsx dosyası seçin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="343" />
      <source>{file} is not a text file: it holds binary data; choose a CSV or .xlsx file.</source>
      <translation>{file} bir metin dosyası değil: ikili veri içeriyor; bir CSV ya da .xlsx dosyası seçin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="381" />
      <source>{file} mixes encodings: line {utf8} is UTF-8 but line {other} is not; save it again as CSV in UTF-8.</source>
      <translation>{file} karışık kodlama içeriyor: {utf8}. satır UTF-8, {other}. satır değil; UTF-8 CSV olarak yeniden kaydedin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="120" />
      <source>{file} has more than {limit} rows; an attendee list of one workshop is expected.</source>
      <translation>{file} {limit} satırdan uzun; tek bir çalıştayın katılımcı listesi bekleniyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="528" />
      <source>{file}, row {row}, column {column}: a quote opens here and is never closed.</source>
      <translation>{file}, {row}. satır, {column} sütunu: burada açılan tırnak hiç kapanmıyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="537" />
      <source>{file}, row {row}: the quotes are not where CSV expects them ({detail}).</source>
      <translation>{file}, {row}. satır: tırnaklar CSV’nin beklediği yerde değil ({detail}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="610" />
      <source>{file} has a header row but no attendees below it.</source>
      <translation>{file} başlık satırı içeriyor ama altında katılımcı yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="732" />
      <source>the sheet uses shared texts the workbook does not hold</source>
      <translation>sayfa, çalışma kitabında bulunmayan paylaşılan metinler kullanıyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="826" />
      <location filename="../../facilitator/documents/attendee_files.py" line="1411" />
      <source>{file} is not a readable Excel workbook ({reason}).</source>
      <translation>{file} okunabilir bir Excel çalışma kitabı değil ({reason}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="844" />
      <source>{file} is packed with a method this program cannot read (zip method {method}); open it in Excel or LibreOffice and save it again as .xlsx.</source>
      <translation>{file} bu programın okuyamadığı bir yöntemle sıkıştırılmış (zip yöntemi {method}); Excel'de ya da LibreOffice'te açıp yeniden .xlsx olarak kaydedin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="854" />
      <source>{file} is too large once unpacked: {part} would take {size} MB, and an attendee list needs at most {limit} MB.</source>
      <translation>{file} açıldığında çok büyük: {part} {size} MB tutacak, bir katılımcı listesi ise en fazla {limit} MB gerektirir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="866" />
      <source>{file} is refused: {part} unpacks to {ratio} times its packed size, and a real workbook stays under {limit} times.</source>
      <translation>{file} reddedildi: {part} açıldığında sıkıştırılmış boyutunun {ratio} katına çıkıyor; gerçek bir çalışma kitabı {limit} katın altında kalır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="906" />
      <source>it declares a document type</source>
      <translation>bir belge türü bildirimi içeriyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="975" />
      <source>{file} is a zip archive but not an Excel workbook; choose a CSV or .xlsx file.</source>
      <translation>{file} bir zip arşivi ama Excel çalışma kitabı değil; bir CSV ya da .xlsx dosyası seçin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1038" />
      <source>{file} holds more than {limit} cells and other entries; an attendee list holds far fewer.</source>
      <translation>{file} içinde {limit} taneden fazla hücre ve başka öğe var; bir katılımcı listesinde çok daha azı olur.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1049" />
      <source>{file} takes more than {limit} seconds to read; an attendee list reads in one or two. Save the attendee sheet alone, or as CSV, and import that.</source>
      <translation>{file} dosyasını okumak {limit} saniyeden uzun sürüyor; bir katılımcı listesi bir iki saniyede okunur. Katılımcı sayfasını tek başına ya da CSV olarak kaydedip onu içe aktarın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1134" />
      <source>row number {value}</source>
      <translation>satır numarası {value}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1197" />
      <source>cell reference {value}</source>
      <translation>hücre başvurusu {value}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1219" />
      <source>shared text number {value}</source>
      <translation>paylaşılan metin numarası {value}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1266" />
      <source>merged ranges overlap</source>
      <translation>birleştirilmiş aralıklar üst üste biniyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1381" />
      <source>the sheet uses shared text {n}, which is missing</source>
      <translation>sayfa, dosyada bulunmayan {n} numaralı paylaşılan metni kullanıyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1400" />
      <source>{file} packs more than {limit} parts; an Excel workbook holds a few dozen.</source>
      <translation>{file} içinde {limit} parçadan fazlası var; bir Excel çalışma kitabında birkaç düzine parça olur.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1626" />
      <location filename="../../facilitator/documents/attendee_files.py" line="1639" />
      <source>cannot write {file}: {reason}</source>
      <translation>{file} yazılamadı: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendee_files.py" line="1724" />
      <source>{file}: the file name must end in .csv or .xlsx.</source>
      <translation>{file}: dosya adı .csv ya da .xlsx ile bitmelidir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="84" />
      <source>{file}, sheet “{sheet}”, row {row}: {problem}</source>
      <translation>{file}, “{sheet}” sayfası, {row}. satır: {problem}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="87" />
      <source>{file}, sheet “{sheet}”, row {row}, column {column}: {problem}</source>
      <translation>{file}, “{sheet}” sayfası, {row}. satır, {column} sütunu: {problem}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="91" />
      <source>{file}, row {row}: {problem}</source>
      <translation>{file}, {row}. satır: {problem}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="94" />
      <source>{file}, row {row}, column {column}: {problem}</source>
      <translation>{file}, {row}. satır, {column} sütunu: {problem}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="101" />
      <source>the cell holds a formula whose result was never saved; open the file in Excel or LibreOffice, save it, and import it again.</source>
      <translation>hücrede sonucu hiç kaydedilmemiş bir formül var; dosyayı Excel'de ya da LibreOffice'te açıp kaydedin, sonra yeniden içe aktarın.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/attendee_import/preview.py" line="135" />
      <source> (and %n more problem(s))</source>
      <translation>
        <numerusform> (ve %n sorun daha)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/preview.py" line="158" />
      <source>{file}: columns {columns} are all mapped to {field}.</source>
      <translation>{file}: {columns} sütunlarının hepsi {field} alanına eşlenmiş.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/preview.py" line="166" />
      <source>{file}: no column holds the names; map one to {full} or to {given}.</source>
      <translation>{file}: adları içeren bir sütun yok; bir sütunu {full} ya da {given} alanına eşleyin.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/attendee_import/preview.py" line="284" />
      <source>the row has %n cell(s) but the header has {m}; is a separator inside a value that is not in quotes?</source>
      <translation>
        <numerusform>satırda %n hücre var ama başlıkta {m}; tırnak içinde olmayan bir değerin içinde ayraç mı var?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/preview.py" line="305" />
      <source>the value runs over several lines; is a quote left open?</source>
      <translation>değer birkaç satıra yayılıyor; açık kalmış bir tırnak mı var?</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/preview.py" line="324" />
      <source>the row has no name.</source>
      <translation>satırda ad yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/applying.py" line="117" />
      <source>{file}: the directory or the attendees changed since the preview was made; look at the preview again.</source>
      <translation>{file}: önizleme hazırlandıktan sonra rehber ya da katılımcılar değişti; önizlemeye yeniden bakın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/applying.py" line="198" />
      <source>The import was cancelled; nothing was imported.</source>
      <translation>İçe aktarma iptal edildi; hiçbir şey aktarılmadı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/base.py" line="31" />
      <source>The session of “{title}” has ended.</source>
      <translation>“{title}” oturumu sona erdi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/base.py" line="34" />
      <source>The session of “{title}” has not started.</source>
      <translation>“{title}” oturumu henüz başlamadı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/session.py" line="273" />
      <source>The session of “{title}” has ended; reopen it to go on.</source>
      <translation>“{title}” oturumu sona erdi; sürdürmek için yeniden açın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/session.py" line="307" />
      <source>There is no next agenda item.</source>
      <translation>Sonraki gündem maddesi yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/session.py" line="336" />
      <source>There is no previous agenda item.</source>
      <translation>Önceki gündem maddesi yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/session.py" line="373" />
      <source>The session of “{title}” is not ended.</source>
      <translation>“{title}” oturumu sona ermedi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/session.py" line="405" />
      <source>The session of “{title}” was not undone back to ended: things were recorded since it was reopened. End it again instead.</source>
      <translation>“{title}” oturumu geri alınarak yeniden sona erdirilmedi: yeniden açıldıktan sonra kayıt yapıldı. Oturumu yeniden sona erdirin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="297" />
      <source>This idea is no longer on the board.</source>
      <translation>Bu fikir artık panoda değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="312" />
      <source>“{key}” names no idea or cluster.</source>
      <translation>“{key}” hiçbir fikri ya da kümeyi göstermiyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="320" />
      <source>idea</source>
      <translation>fikir</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="326" />
      <source>This note is no longer an idea.</source>
      <translation>Bu not artık bir fikir değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="347" />
      <source>A cluster is not an idea.</source>
      <translation>Küme bir fikir değildir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="349" />
      <source>The idea is not from this workshop.</source>
      <translation>Fikir bu çalıştaya ait değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="356" />
      <source>The cluster is not from this workshop.</source>
      <translation>Küme bu çalıştaya ait değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="361" />
      <location filename="../../facilitator/services/ideas/taking.py" line="146" />
      <source>cluster</source>
      <translation>küme</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="388" />
      <location filename="../../facilitator/services/live/notes.py" line="148" />
      <location filename="../../facilitator/services/proposals/wording.py" line="45" />
      <source>The agenda item “{title}” is not on this agenda.</source>
      <translation>“{title}” gündem maddesi bu gündemde değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="481" />
      <source>The idea was changed elsewhere since; it now reads “{text}”.</source>
      <translation>Fikir bu arada başka bir yerde değiştirildi; şimdi “{text}” yazıyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="544" />
      <source>There is already a cluster “{name}”.</source>
      <translation>“{name}” adlı bir küme zaten var.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="581" />
      <source>This cluster is no longer on the board.</source>
      <translation>Bu küme artık panoda değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="602" />
      <source>The cluster was renamed elsewhere since; it is now “{name}”.</source>
      <translation>Kümenin adı bu arada başka bir yerde değiştirildi; artık “{name}”.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="630" />
      <location filename="../../facilitator/services/ideas/board.py" line="653" />
      <location filename="../../facilitator/services/ideas/taking.py" line="111" />
      <location filename="../../facilitator/services/ideas/taking.py" line="134" />
      <source>The idea was moved elsewhere since; nothing was moved.</source>
      <translation>Fikir bu arada başka bir yerde taşındı; hiçbir şey taşınmadı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="726" />
      <location filename="../../facilitator/services/ideas/board.py" line="322" />
      <location filename="../../facilitator/services/live/notes.py" line="244" />
      <location filename="../../facilitator/services/proposals/wording.py" line="76" />
      <location filename="../../facilitator/services/proposals/wording.py" line="109" />
      <source>note</source>
      <translation>not</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/notes.py" line="385" />
      <source>That note no longer exists.</source>
      <translation>Bu not artık yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/notes.py" line="400" />
      <source>That note is already there.</source>
      <translation>Bu not zaten yerinde.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="475" />
      <source>A speaking time limit must be a whole number of seconds from 1 to {n}.</source>
      <translation>Konuşma süresi sınırı 1 ile {n} arasında tam sayı saniye olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/speakers.py" line="209" />
      <location filename="../../facilitator/services/proposals/rounds.py" line="181" />
      <source>{name} is not checked in as present.</source>
      <translation>{name} gelmiş olarak işaretlenmedi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/speakers.py" line="223" />
      <source>{name} is already waiting for the floor.</source>
      <translation>{name} zaten söz sırasında bekliyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/speakers.py" line="266" />
      <source>Nobody is waiting for the floor.</source>
      <translation>Söz sırasında bekleyen kimse yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/speakers.py" line="293" />
      <source>speaker turn</source>
      <translation>söz alma</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/speakers.py" line="295" />
      <source>This turn has already started; end it instead.</source>
      <translation>Bu konuşma başladı; geri çekmek yerine bitirin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/template.py" line="136" />
      <source>The logo {file} cannot be read as a PNG or JPEG image.</source>
      <translation>Logo dosyası PNG ya da JPEG resmi olarak okunamıyor: {file}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/template.py" line="141" />
      <source>The logo {file} has no size.</source>
      <translation>Logo dosyasının boyutu yok: {file}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/template.py" line="639" />
      <source>The document could not be laid out: one of its texts is too long to fit on a page. Shorten the longest text (a goal, a statement, a note) and export again.</source>
      <translation>Belge sayfalara yerleştirilemedi: metinlerinden biri bir sayfaya sığmayacak kadar uzun. En uzun metni (bir amaç, bir karar metni, bir not) kısaltıp yeniden dışa aktarın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/safe_write.py" line="35" />
      <source>Cannot write in {folder}: {reason}</source>
      <translation>Klasöre yazılamıyor ({folder}): {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/safe_write.py" line="46" />
      <source>Cannot write {file}: {reason}</source>
      <translation>Dosya yazılamıyor ({file}): {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/consensus.py" line="106" />
      <source>“{value}” is not a position of this method ({values}).</source>
      <translation>“{value}” bu yöntemin bir görüşü değil ({values}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="481" />
      <source>A count must be a whole number from 0 to {n}.</source>
      <translation>Sayı 0 ile {n} arasında bir tam sayı olmalı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="485" />
      <source>A quorum must be a whole number from 0 to {n}.</source>
      <translation>Yeter sayı 0 ile {n} arasında bir tam sayı olmalı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/document_data.py" line="554" />
      <source>“{title}” has not been held yet: its minutes come after its session. Its agenda handout can be made now.</source>
      <translation>“{title}” henüz yapılmadı: tutanağı oturumundan sonra hazırlanır. Gündem belgesi şimdi hazırlanabilir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/document_data.py" line="658" />
      <source>The workshop “{title}” is not part of a series, so it has no roadmap.</source>
      <translation>“{title}” çalıştayı bir seriye bağlı değil; bu yüzden yol haritası yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/taking.py" line="58" />
      <source>This cannot be brought back with its dots: its voters have put their dots elsewhere since, and each has {budget}.</source>
      <translation>Bu, noktalarıyla birlikte geri getirilemez: oy verenler noktalarını bu arada başka yerlere verdi ve her birinin {budget} noktası var.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/taking.py" line="147" />
      <location filename="../../facilitator/services/proposals/reading.py" line="42" />
      <location filename="../../facilitator/services/proposals/reading.py" line="44" />
      <source>proposal</source>
      <translation>öneri</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/anyone.py" line="285" />
      <location filename="../../facilitator/services/proposals/reading.py" line="57" />
      <source>round</source>
      <translation>tur</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/wording.py" line="79" />
      <source>The note is not from this workshop.</source>
      <translation>Not bu çalıştaya ait değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/outcomes.py" line="145" />
      <location filename="../../facilitator/services/proposals/reading.py" line="168" />
      <source>A round is open on “{title}”; close it first.</source>
      <translation>“{title}” için açık bir tur var; önce onu kapatın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/wording.py" line="131" />
      <source>The new wording is the same as the current one.</source>
      <translation>Yeni metin şimdiki metinle aynı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/wording.py" line="151" />
      <source>“{title}” was amended again since; undoing would remove the newer wording, so nothing was changed.</source>
      <translation>“{title}” önerisinin metni o zamandan beri yeniden değiştirildi; geri almak daha yeni metni silerdi, bu yüzden hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/wording.py" line="159" />
      <source>“{title}” has no amendment to take back.</source>
      <translation>“{title}” önerisinde geri alınacak bir değişiklik yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/wording.py" line="166" />
      <source>A round was held on the amended wording of “{title}”; it stays.</source>
      <translation>“{title}” önerisinin değiştirilmiş metni üzerinde tur yapıldı; metin kalıyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/wording.py" line="258" />
      <source>Rounds were held on “{title}” since; undoing would delete them with their positions, so nothing was changed.</source>
      <translation>“{title}” önerisi üzerinde o zamandan beri tur yapıldı; geri almak turları tutumlarla birlikte silerdi, bu yüzden hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/wording.py" line="268" />
      <source>“{title}” was amended since; undoing would delete the newer wording, so nothing was changed.</source>
      <translation>“{title}” önerisinin metni o zamandan beri değiştirildi; geri almak daha yeni metni silerdi, bu yüzden hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/outcomes.py" line="89" />
      <source>A round is open on “{title}”; close or cancel it first.</source>
      <translation>“{title}” için açık bir tur var; önce turu kapatın ya da iptal edin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/wording.py" line="237" />
      <source>“{title}” is decision {label} of the register; change its outcome instead.</source>
      <translation>“{title}”, sicildeki {label} numaralı karar; silmek yerine sonucunu değiştirin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="108" />
      <source>“{title}” is already decided; clear its outcome to test it again.</source>
      <translation>“{title}” için karar verildi; yeniden sınamak için sonucunu kaldırın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="123" />
      <source>Only a majority vote has a quorum and a threshold.</source>
      <translation>Yeter sayı ve eşik yalnızca oy çokluğunda olur.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="163" />
      <location filename="../../facilitator/services/room/ballots.py" line="56" />
      <location filename="../../facilitator/services/room/dots.py" line="59" />
      <source>This round is closed; open a new round.</source>
      <translation>Bu tur kapandı; yeni bir tur açın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/anyone.py" line="127" />
      <source>Nobody attending this workshop represents {name}.</source>
      <translation>Bu çalıştayın katılımcılarından hiçbiri {name} kurumunu temsil etmiyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/anyone.py" line="137" />
      <source>Several attendees may speak for {name} ({people}): check in who is here, then record its position.</source>
      <translation>{name} adına birden çok katılımcı konuşabilir ({people}): salonda olanın gelişini işaretleyin, sonra kurumun tutumunu kaydedin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/anyone.py" line="172" />
      <location filename="../../facilitator/services/proposals/anyone.py" line="290" />
      <location filename="../../facilitator/services/proposals/rounds.py" line="171" />
      <source>This round records counts, not positions.</source>
      <translation>Bu turda kişi görüşleri değil, sayılar kaydedilir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/anyone.py" line="196" />
      <source>This position was changed since; undoing or redoing would overwrite it, so nothing was changed.</source>
      <translation>Bu tutum o zamandan beri değiştirildi; geri almak ya da yinelemek onu ezerdi, bu yüzden hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/anyone.py" line="311" />
      <source>This round takes one voice per institution, and you represent none at this workshop.</source>
      <translation>Bu turda kurum başına bir oy var ve bu çalıştayda hiçbir kurumu temsil etmiyorsunuz.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="185" />
      <source>Nobody present represents {name}; one voice per institution present.</source>
      <translation>Salonda {name} kurumunu temsil eden kimse yok; yalnızca salonda temsil edilen kurumların birer sesi var.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="244" />
      <source>This round records positions by name, not counts.</source>
      <translation>Bu turda sayılar değil, tek tek görüşler kaydedilir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="249" />
      <source>Counts must be given per value.</source>
      <translation>Sayılar her değer için ayrı verilmeli.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="262" />
      <source>The counts changed while you typed (votes from phones); look at them again and save.</source>
      <translation>Siz yazarken sayılar değişti (telefonlardan gelen oylar); yeniden bakıp kaydedin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="333" />
      <source>“{title}” is decided; its rounds are kept.</source>
      <translation>“{title}” için karar verildi; turları korunur.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="339" />
      <source>Round {number} is closed; its result is kept.</source>
      <translation>Tur {number} kapandı; sonucu saklanır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/rounds.py" line="345" />
      <source>Positions were recorded in round {number}; close it instead of cancelling.</source>
      <translation>Tur {number} içinde tutumlar kaydedildi; iptal etmek yerine turu kapatın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/outcomes.py" line="156" />
      <source>No round was held: give the reason for this outcome.</source>
      <translation>Tur yapılmadı: bu sonucun gerekçesini yazın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/outcomes.py" line="160" />
      <source>The rule proposed another outcome: give the reason for overriding it.</source>
      <translation>Kural başka bir sonuç önerdi: farklı karar vermenin gerekçesini yazın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/outcomes.py" line="187" />
      <source>No round has been closed on “{title}” yet.</source>
      <translation>“{title}” için henüz kapanmış bir tur yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/exports.py" line="50" />
      <source>“{value}” is not a document Facilitator makes.</source>
      <translation>“{value}” Facilitator'ın hazırladığı bir belge değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/exports.py" line="60" />
      <source>{file}: the file name must end in .pdf or .docx.</source>
      <translation>{file}: dosya adı .pdf ya da .docx ile bitmelidir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/badges.py" line="74" />
      <source>The room's address has no host.</source>
      <translation>Odanın adresinde bilgisayar adı ya da IP adresi yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/badges.py" line="77" />
      <source>{port} is not a port number (1–65535).</source>
      <translation>{port} bir port numarası değil (1–65535).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/badges.py" line="122" />
      <location filename="../../facilitator/documents/exports.py" line="65" />
      <source>{file}: the file name must end in {suffix}.</source>
      <translation>{file}: dosya adı {suffix} ile bitmeli.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/badges.py" line="129" />
      <location filename="../../facilitator/documents/exports.py" line="72" />
      <source>The folder {folder} does not exist.</source>
      <translation>Klasör yok: {folder}</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/badges.py" line="147" />
      <source>The room's address must start with http://.</source>
      <translation>Odanın adresi http:// ile başlamalı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/badges.py" line="152" />
      <source>Nobody is expected at “{title}”, so there are no badges to print: add the attendees first (those who declined or were absent get none).</source>
      <translation>“{title}” için beklenen kimse yok, basılacak yaka kartı da yok: önce katılımcıları ekleyin (katılmayacağını bildirenlere ve gelmeyenlere kart basılmaz).</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/exports.py" line="160" />
      <source>An agenda-only draft has no version: leave out --version.</source>
      <translation>Yalnızca gündem içeren taslağın sürümü yoktur: --version seçeneğini kullanmayın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/personal_data.py" line="321" />
      <source>The old details are still in the database file because another program is reading it. Close that program (or the other Facilitator) and try again.</source>
      <translation>Eski bilgiler hâlâ veritabanı dosyasında duruyor, çünkü başka bir program dosyayı okuyor. O programı (ya da öteki Facilitator'ı) kapatıp yeniden deneyin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/personal_data.py" line="380" />
      <source>{name} is already anonymised.</source>
      <translation>Bu kişi zaten anonimleştirilmiş ({name}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/personal_data.py" line="385" />
      <source>{name} is already anonymised; no old details are left in the file.</source>
      <translation>Bu kişi zaten anonimleştirilmiş ({name}); dosyada eski bilgi kalmadı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/personal_data.py" line="423" />
      <source>{name} is anonymised, but the old details are still in the database file because another program is reading it. Close that program (or the other Facilitator) and try again.</source>
      <translation>Kişi anonimleştirildi ({name}), ancak eski bilgiler hâlâ veritabanı dosyasında duruyor, çünkü başka bir program dosyayı okuyor. O programı (ya da öteki Facilitator'ı) kapatıp yeniden deneyin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/personal_data.py" line="462" />
      <source>The number of years must be between 1 and 100.</source>
      <translation>Yıl sayısı 1 ile 100 arasında olmalı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="237" />
      <location filename="../../facilitator/services/bundles/reading.py" line="259" />
      <location filename="../../facilitator/services/bundles/reading.py" line="268" />
      <location filename="../../facilitator/services/bundles/schema.py" line="130" />
      <source>The bundle is damaged: {where} has a wrong value for {field}.</source>
      <translation>Paket hasarlı: {where} kaydında {field} alanının değeri hatalı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="194" />
      <location filename="../../facilitator/services/bundles/schema.py" line="198" />
      <source>it ends before it starts</source>
      <translation>bitişi başlangıcından önce</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="195" />
      <source>its number is below 1</source>
      <translation>numarası 1'den küçük</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="196" />
      <source>its planned minutes are negative</source>
      <translation>planlanan süresi eksi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="197" />
      <source>its time limit is not above zero</source>
      <translation>süre sınırı sıfırdan büyük değil</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="199" />
      <source>its quorum is negative</source>
      <translation>yeter sayısı eksi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="200" />
      <source>it has neither a person nor an organization</source>
      <translation>ne kişisi ne kurumu var</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="201" />
      <source>its count is negative</source>
      <translation>sayısı eksi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="202" />
      <source>it is due before it starts</source>
      <translation>son tarihi başlangıç tarihinden önce</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="203" />
      <source>it has a quantity without a unit or the reverse</source>
      <translation>miktarı birimsiz ya da birimi miktarsız</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="204" />
      <source>its quantity is negative</source>
      <translation>miktarı eksi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="205" />
      <source>its content does not match its SHA-256 (the record was altered)</source>
      <translation>içeriği SHA-256 özetiyle uyuşmuyor (kayıt değiştirilmiş)</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="208" />
      <source>its voters have no dots</source>
      <translation>oy verenlerin hiç noktası yok</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="209" />
      <source>it is closed before it was opened</source>
      <translation>açılmadan önce kapanmış</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="210" />
      <source>it puts no dots</source>
      <translation>hiç nokta vermiyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="211" />
      <source>it is not on exactly one idea or cluster</source>
      <translation>tam olarak bir fikre ya da bir kümeye verilmemiş</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="274" />
      <source>it claims to have been written in the future ({when}); is the clock of the computer that wrote it wrong?</source>
      <translation>gelecekte yazılmış görünüyor ({when}); onu yazan bilgisayarın saati yanlış olabilir mi?</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/schema.py" line="310" />
      <source>The bundle is damaged: {where} breaks a rule ({rule}).</source>
      <translation>Paket bozuk: {where} kaydı bir kurala uymuyor ({rule}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/export.py" line="135" />
      <source>The workshop cannot be exported: {where}, {field}: {problem} Correct it, then export again.</source>
      <translation>Çalıştay dışa aktarılamıyor: {where}, {field}: {problem} Bunu düzeltip yeniden dışa aktarın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/export.py" line="178" />
      <source>Cannot write {path}: {reason}</source>
      <translation>{path} yazılamadı: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="50" />
      <location filename="../../facilitator/services/bundles/reading.py" line="66" />
      <source>The bundle {name} is too large to be imported safely.</source>
      <translation>{name} paketi güvenle içe aktarılamayacak kadar büyük.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="54" />
      <source>The bundle {name} is compressed suspiciously well (a zip bomb?); not imported.</source>
      <translation>{name} paketi kuşku uyandıracak kadar sıkıştırılmış (zip bombası olabilir); içe aktarılmadı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="75" />
      <source>There is no bundle at {path}.</source>
      <translation>{path} konumunda bir paket yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="77" />
      <source>{name} is not a Facilitator bundle, or it is damaged or incomplete.</source>
      <translation>{name} bir Facilitator paketi değil ya da hasarlı veya eksik.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="95" />
      <source>The bundle {name} holds an unsafe file name ({entry}); not imported.</source>
      <translation>{name} paketinde güvenli olmayan bir dosya adı var ({entry}); içe aktarılmadı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="106" />
      <source>The bundle {name} is encrypted; Facilitator writes and reads bundles without encryption. Not imported.</source>
      <translation>{name} paketi şifrelenmiş; Facilitator paketleri şifresiz yazar ve okur. İçe aktarılmadı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="115" />
      <source>The bundle {name} is compressed with a method Facilitator does not read (only deflate); not imported.</source>
      <translation>{name} paketi Facilitator’ın okuyamadığı bir yöntemle sıkıştırılmış (yalnızca deflate okunur); içe aktarılmadı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="150" />
      <source>{name} is a bundle of format version {version}, which this version of Facilitator does not know; update Facilitator to import it.</source>
      <translation>{name} paketinin biçim sürümü {version}; Facilitator'ın bu sürümü bu biçimi tanımıyor. İçe aktarmak için Facilitator'ı güncelleyin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="161" />
      <source>The bundle {name} is damaged: its checksum does not match.</source>
      <translation>{name} paketi hasarlı: sağlama toplamı tutmuyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="183" />
      <location filename="../../facilitator/services/bundles/reading.py" line="188" />
      <location filename="../../facilitator/services/bundles/reading.py" line="214" />
      <source>The bundle {name} is damaged: its data cannot be read.</source>
      <translation>{name} paketi hasarlı: verileri okunamıyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="193" />
      <source>The bundle {name} holds an unknown kind of record ({what}).</source>
      <translation>{name} paketinde bilinmeyen türde bir kayıt var ({what}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="224" />
      <source>The bundle is damaged: {where} does not have the expected fields.</source>
      <translation>Paket hasarlı: {where} kaydında beklenen alanlar yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="245" />
      <source>The bundle holds the UUID {uuid} twice ({first} and {second}).</source>
      <translation>Pakette {uuid} UUID'si iki kez geçiyor ({first} ve {second}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="28" />
      <location filename="../../facilitator/services/bundles/reading.py" line="282" />
      <location filename="../../facilitator/services/bundles/reading.py" line="360" />
      <source>The bundle is damaged: {where}, {field}: {problem}</source>
      <translation>Paket hasarlı: {where}, {field}: {problem}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="63" />
      <source>its cluster is on another workshop's board</source>
      <translation>kümesi başka bir çalıştayın panosunda</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="70" />
      <location filename="../../facilitator/services/bundles/board_rules.py" line="101" />
      <source>its agenda item is on another workshop's agenda</source>
      <translation>gündem maddesi başka bir çalıştayın gündeminde</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="77" />
      <location filename="../../facilitator/services/bundles/board_rules.py" line="246" />
      <source>its note is from another workshop</source>
      <translation>notu başka bir çalıştaya ait</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="83" />
      <source>{other} is already the card of this note</source>
      <translation>bu notun kartı zaten {other}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="108" />
      <source>{other} of the same workshop has this number</source>
      <translation>aynı çalıştaydaki {other} bu numarayı taşıyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="118" />
      <source>{other} of the same workshop is open too; one is open at a time</source>
      <translation>aynı çalıştaydaki {other} de açık; aynı anda yalnızca bir oylama açık olabilir</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="127" />
      <source>its round records each person's dots, but it names no person</source>
      <translation>oylaması her kişinin noktalarını kaydediyor, ama bir kişi belirtmiyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="134" />
      <source>its round records each institution's dots, so it names an institution only</source>
      <translation>oylaması her kurumun noktalarını kaydediyor; bu yüzden yalnızca bir kurum belirtmeli</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="141" />
      <source>its round records counts, so it names no voter</source>
      <translation>oylaması sayıları kaydediyor; bu yüzden oy veren belirtmemeli</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="155" />
      <source>its round puts dots on clusters, not on ideas</source>
      <translation>oylamasında noktalar fikirlere değil kümelere verilir</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="159" />
      <source>its round puts dots on ideas, not on clusters</source>
      <translation>oylamasında noktalar kümelere değil fikirlere verilir</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="162" />
      <source>it is on a card of another workshop's board</source>
      <translation>başka bir çalıştayın panosundaki bir karta verilmiş</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="177" />
      <source>its voter puts {used} dots in {round}, more than the {budget} each has</source>
      <translation>oy veren {round} içinde toplam {used} nokta veriyor; bu, herkesin sahip olduğu {budget} noktadan fazla</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="216" />
      <source>Not imported: the workshop “{title}” already has another dot round number {number} here (recorded on two computers?).</source>
      <translation>İçe aktarılmadı: “{title}” çalıştayının burada zaten {number} numaralı başka bir nokta oylaması var (iki bilgisayarda mı kaydedildi?).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="234" />
      <source>another card in this database is made of this note</source>
      <translation>bu veritabanında bu nottan yapılmış başka bir kart var</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="271" />
      <source>Not imported: the workshop “{title}” would have dot rounds {first} and {second} open at once; close one of them here, then import again.</source>
      <translation>İçe aktarılmadı: “{title}” çalıştayında {first} ve {second} numaralı nokta oylamaları aynı anda açık olurdu; burada birini kapatın, sonra yeniden içe aktarın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/board_rules.py" line="304" />
      <source>Not imported: in dot round {number} of “{title}”, {voter} would have put {used} dots with the ones recorded here, more than the {budget} each has.</source>
      <translation>İçe aktarılmadı: “{title}” çalıştayının {number} numaralı nokta oylamasında {voter}, burada kaydedilenlerle birlikte {used} nokta vermiş olurdu; bu, herkesin sahip olduğu {budget} noktadan fazla.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="300" />
      <source>The bundle is incomplete: {where} refers to a missing {target} ({uuid}).</source>
      <translation>Paket eksik: {where} kaydı pakette olmayan bir {target} kaydına başvuruyor ({uuid}).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="318" />
      <source>The bundle {name} is damaged: it names no workshop it holds.</source>
      <translation>{name} paketi hasarlı: içerdiği bir çalıştayı belirtmiyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="324" />
      <source>The bundle {name} is damaged: its manifest names the workshop “{title}”, but the workshop it holds is called “{actual}”.</source>
      <translation>{name} paketi hasarlı: bildirim dosyası “{title}” çalıştayını anıyor, ama içindeki çalıştayın adı “{actual}”.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/reading.py" line="341" />
      <source>The bundle {name} is damaged: the numbers of rows its manifest gives do not match its data.</source>
      <translation>{name} paketi hasarlı: bildirim dosyasındaki kayıt sayıları verilerle uyuşmuyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/importing.py" line="96" />
      <location filename="../../facilitator/services/bundles/importing.py" line="240" />
      <source>A conflict can only be resolved as mine or theirs.</source>
      <translation>Bir çakışma yalnızca “benimki” ya da “paketteki” seçilerek çözülebilir.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/bundles/importing.py" line="244" />
      <source>%n row(s) differ between this database and the bundle and no choice was made for them ({rows}); choose mine or theirs for each. Nothing was imported.</source>
      <translation>
        <numerusform>%n kayıt bu veritabanında ve pakette farklı ve bunlar için seçim yapılmadı ({rows}); her biri için benimkini mi paketteki sürümü mü istediğinizi seçin. Hiçbir şey içe aktarılmadı.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/services/bundles/importing.py" line="267" />
      <source>The database changed since the preview; look at the preview again.</source>
      <translation>Önizlemeden sonra veritabanı değişti; önizlemeye yeniden bakın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="118" />
      <source>{path} is not a regular file (a device, pipe or socket), so not a database</source>
      <translation>{path} sıradan bir dosya değil (bir aygıt, boru ya da soket); bu yüzden bir veritabanı değil</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="152" />
      <source>{path} was left in the middle of a change (a -journal file is beside it) and cannot be recovered in a read-only place; copy both files to a folder you can write to</source>
      <translation>{path} bir değişikliğin ortasında kalmış (yanında bir -journal dosyası var) ve salt okunur bir yerde kurtarılamıyor; iki dosyayı da yazabileceğiniz bir klasöre kopyalayın</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="168" />
      <source>cannot keep a copy of {path} before recovering it: {reason}</source>
      <translation>{path} kurtarılmadan önce kopyası saklanamadı: {reason}</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="183" />
      <source>{path} is being changed by another program (its -journal is in use); close that program and try again</source>
      <translation>{path} başka bir program tarafından değiştiriliyor (-journal dosyası kullanımda); o programı kapatıp yeniden deneyin</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="203" />
      <source>{path} is not a Facilitator database (it belongs to another application)</source>
      <translation>{path} bir Facilitator veritabanı değil (başka bir uygulamaya ait)</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="209" />
      <source>{path} is not a Facilitator database (it holds other tables)</source>
      <translation>{path} bir Facilitator veritabanı değil (başka tablolar içeriyor)</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="216" />
      <source>{path} is not a Facilitator database (it names no schema revision)</source>
      <translation>{path} bir Facilitator veritabanı değil (bir şema sürümü belirtmiyor)</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="228" />
      <source>{path} was written by a newer version of Facilitator (schema {revision}); update Facilitator to open it</source>
      <translation>{path}, Facilitator'ın daha yeni bir sürümüyle yazılmış (şema {revision}); açmak için Facilitator'ı güncelleyin</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="235" />
      <source>{path} is not a Facilitator database (unknown schema {revision})</source>
      <translation>{path} bir Facilitator veritabanı değil (bilinmeyen şema {revision})</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="253" />
      <source>{path} is a folder, not a database file</source>
      <translation>{path} bir klasör, veritabanı dosyası değil</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="258" />
      <source>{path} is a link to a file that does not exist</source>
      <translation>{path}, var olmayan bir dosyaya bağlantı</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="276" />
      <source>{path} is damaged: it is empty or no longer starts as a database</source>
      <translation>Veritabanı dosyası hasarlı: boş ya da artık bir veritabanı gibi başlamıyor ({path})</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="281" />
      <source>{path} is read-only</source>
      <translation>{path} salt okunur</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/backups.py" line="234" />
      <source>{path} does not exist or is not a file</source>
      <translation>Böyle bir dosya yok ya da bu bir dosya değil: {path}</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="286" />
      <source>{path} is not a Facilitator database (not an SQLite file)</source>
      <translation>Bu bir Facilitator veritabanı değil (SQLite dosyası değil): {path}</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="308" />
      <source>{path} is damaged (integrity check: {reason})</source>
      <translation>Veritabanı dosyası hasarlı: {path} (bütünlük denetimi: {reason})</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/sqlite_file.py" line="316" />
      <source>{path} is damaged or not a database ({reason})</source>
      <translation>Dosya hasarlı ya da bir veritabanı değil: {path} ({reason})</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/backups.py" line="244" />
      <source>{path} is not a Facilitator database (it is empty)</source>
      <translation>{path} bir Facilitator veritabanı değil (boş)</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/backups.py" line="305" />
      <source>{path} is the database itself; choose a backup file</source>
      <translation>Seçilen dosya veritabanının kendisi: {path}. Bir yedek dosyası seçin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/backups.py" line="312" />
      <source>cannot restore from {path}: {reason}</source>
      <translation>Şu dosyadan geri yüklenemiyor: {path} ({reason})</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/backups.py" line="330" />
      <source>cannot restore {path} from {source}: {reason}</source>
      <translation>Geri yükleme yapılamadı. Veritabanı: {path}; yedek: {source} ({reason})</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/backups.py" line="350" />
      <source>cannot restore into {folder}: it is not writable</source>
      <translation>{folder} klasörüne geri yüklenemiyor: klasöre yazılamıyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/backups.py" line="357" />
      <source>{path} is read-only; nothing was restored</source>
      <translation>{path} salt okunur; hiçbir şey geri yüklenmedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/backups.py" line="365" />
      <source>{reason}; nothing was restored</source>
      <translation>{reason}; hiçbir şey geri yüklenmedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/email_drafts.py" line="198" />
      <source>These e-mail addresses cannot be used, so no draft was written: {names}</source>
      <translation>Bu e-posta adresleri kullanılamıyor, bu yüzden hiçbir taslak yazılmadı: {names}</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/lock.py" line="138" />
      <source>the lock file {path} is a link to another file; remove the link and try again</source>
      <translation>kilit dosyası {path} başka bir dosyaya bağlantı; bağlantıyı silip yeniden deneyin</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/lock.py" line="148" />
      <source>the lock file {path} is not a plain file of its own; remove it and try again</source>
      <translation>kilit dosyası {path} kendine ait sıradan bir dosya değil; silip yeniden deneyin</translation>
    </message>
    <message>
      <location filename="../../facilitator/store/lock.py" line="213" />
      <source>cannot take the lock of {path}: {reason}; free some space on the disk and try again</source>
      <translation>{path} kilitlenemedi: {reason}; diskte yer açıp yeniden deneyin</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/rehearsal.py" line="60" />
      <source>“{title}” is being rehearsed in another Facilitator window; close it there first.</source>
      <translation>“{title}” başka bir Facilitator penceresinde prova ediliyor; önce orada kapatın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/rehearsal.py" line="112" />
      <source>“{title}” is in session: a rehearsal is for before the session.</source>
      <translation>“{title}” oturumda: prova, oturumdan önce yapılır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/rehearsal.py" line="118" />
      <source>The session of “{title}” has been held: there is nothing to rehearse.</source>
      <translation>“{title}” oturumu yapıldı: prova edilecek bir şey yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/minutes_record.py" line="114" />
      <source>Version {number} of these minutes cannot be read: its stored content is damaged or was written by another version of Facilitator.</source>
      <translation>Bu tutanağın {number}. sürümü okunamıyor: kayıtlı içeriği bozuk ya da Facilitator'ın başka bir sürümüyle yazılmış.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/minutes_record.py" line="132" />
      <source>These minutes have no version {number}.</source>
      <translation>Bu tutanağın {number}. sürümü yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/minutes_record.py" line="173" />
      <source>These minutes have not been finalised yet: export the draft, or finalise them first.</source>
      <translation>Bu tutanak henüz kesinleşmedi: taslağı dışa aktarın ya da önce kesinleştirin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/minutes_record.py" line="271" />
      <source>“{title}” is still in session: its minutes are numbered and finalised once the session has ended.</source>
      <translation>“{title}” hâlâ oturumda: tutanağı oturum sona erdikten sonra numaralanır ve kesinleştirilir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/minutes_record.py" line="330" />
      <source>This workshop has been held: its minutes are made from what was recorded, not from its agenda alone.</source>
      <translation>Bu çalıştay yapıldı: tutanağı yalnızca gündemden değil, kaydedilenlerden hazırlanır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/documents/attendance.py" line="58" />
      <source>The attendance sheet has no column “{column}”; it has: {columns}.</source>
      <translation>Katılım listesinde “{column}” diye bir sütun yok; sütunlar: {columns}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/services/series.py" line="134" />
      <source>“{title}” cannot be deleted: it has %n workshop(s). Delete or move them first.</source>
      <translation>
        <numerusform>“{title}” silinemez: içinde %n çalıştay var. Önce seriden çıkarın: silin ya da başka seriye taşıyın.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="69" />
      <location filename="../../facilitator/services/ideas/dots.py" line="76" />
      <source>dot round</source>
      <translation>nokta oylaması</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="79" />
      <source>This dot round is closed; open a new one.</source>
      <translation>Bu nokta oylaması kapandı; yenisini açın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="119" />
      <location filename="../../facilitator/services/ideas/dots.py" line="179" />
      <source>A dot round is already open; close it first.</source>
      <translation>Açık bir nokta oylaması zaten var; önce onu kapatın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="124" />
      <source>There are no clusters to put dots on yet.</source>
      <translation>Henüz nokta verilecek bir küme yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="156" />
      <source>Another dot round is open; this one stays closed.</source>
      <translation>Başka bir nokta oylaması açık; bu oylama kapalı kalıyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="208" />
      <source>This round puts dots on clusters.</source>
      <translation>Bu oylamada noktalar kümelere verilir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="211" />
      <source>This round puts dots on ideas.</source>
      <translation>Bu oylamada noktalar fikirlere verilir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="229" />
      <location filename="../../facilitator/services/ideas/dots.py" line="355" />
      <source>This round records counts, not dots by voter.</source>
      <translation>Bu oylama kişi başına noktaları değil, sayıları kaydeder.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="254" />
      <source>This person is not checked in as present.</source>
      <translation>Bu kişinin katılımı kaydedilmemiş.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="243" />
      <source>Nobody present represents this institution; it has no dots.</source>
      <translation>Bu kurumu temsil eden kimse salonda değil; kurumun noktası yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="323" />
      <source>No dots left: each voter has {budget} and has put {used}.</source>
      <translation>Nokta kalmadı: her katılımcının {budget} noktası var ve {used} tanesi kullanıldı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="370" />
      <source>These dots were already taken back elsewhere.</source>
      <translation>Bu noktalar başka bir yerde zaten geri alındı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="390" />
      <source>This round records each voter's dots, not counts.</source>
      <translation>Bu oylama sayıları değil, her katılımcının noktalarını kaydeder.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="402" />
      <source>The count was changed elsewhere since; it is now {n}.</source>
      <translation>Sayı bu arada başka bir yerde değiştirildi; artık {n}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/promotion.py" line="48" />
      <source>This has already become a proposal.</source>
      <translation>Bu zaten bir öneriye dönüştürüldü.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/promotion.py" line="72" />
      <source>This has already become a commitment.</source>
      <translation>Bu zaten bir taahhüde dönüştürüldü.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/snapshots.py" line="32" />
      <source>This can no longer be brought back: what was recorded since has taken its place.</source>
      <translation>Bu artık geri getirilemez: bu arada kaydedilen başka bir kayıt onun yerini aldı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/ballots.py" line="54" />
      <location filename="../../facilitator/services/room/ballots.py" line="84" />
      <location filename="../../facilitator/services/room/dots.py" line="57" />
      <source>This round is not open in this room.</source>
      <translation>Bu tur bu odada açık değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/ballots.py" line="75" />
      <location filename="../../facilitator/services/room/dots.py" line="39" />
      <source>You carry nobody else's voice.</source>
      <translation>Başka kimsenin oyunu taşımıyorsunuz.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/ballots.py" line="103" />
      <source>This voice has already taken part in this anonymous round; it cannot be changed.</source>
      <translation>Bu oy bu gizli tura zaten katıldı; değiştirilemez.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/box.py" line="103" />
      <source>The idea box is closed.</source>
      <translation>Fikir kutusu kapalı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/box.py" line="112" />
      <source>Too many ideas are waiting; try later.</source>
      <translation>Bekleyen fikir çok fazla; daha sonra deneyin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/box.py" line="142" />
      <source>This idea is no longer waiting.</source>
      <translation>Bu fikir artık beklemiyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/box.py" line="144" />
      <source>This idea was already dealt with.</source>
      <translation>Bu fikirle ilgili karar zaten verildi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/tokens.py" line="134" />
      <location filename="../../facilitator/services/room/tokens.py" line="180" />
      <location filename="../../facilitator/services/room/tokens.py" line="197" />
      <source>This person does not attend the workshop.</source>
      <translation>Bu kişi çalıştaya katılmıyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/tokens.py" line="187" />
      <source>Nobody carries their own voice twice.</source>
      <translation>Kimse kendi oyunu iki kez taşıyamaz.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/tokens.py" line="211" />
      <source>{name} already carries this voice.</source>
      <translation>Bu oyu zaten {name} taşıyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/dots.py" line="62" />
      <source>The moderator counts the dots of this round.</source>
      <translation>Bu turun noktalarını moderatör sayıyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/dots.py" line="103" />
      <source>A dot is given or taken one at a time.</source>
      <translation>Noktalar birer birer verilir ya da geri alınır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/dots.py" line="112" />
      <source>This round gives dots per institution, and the voice you carry represents none at this workshop.</source>
      <translation>Bu turda noktalar kurum başına verilir ve adına oy kullandığınız kişi bu çalıştayda hiçbir kurumu temsil etmiyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/room/dots.py" line="118" />
      <source>This round gives dots per institution, and you represent none at this workshop.</source>
      <translation>Bu turda noktalar kurum başına veriliyor ve bu çalıştayda hiçbir kurumu temsil etmiyorsunuz.</translation>
    </message>
    <message>
      <location filename="../../facilitator/errors.py" line="78" />
      <source>Changed by another user since you opened it. Your change was not saved.</source>
      <translation>Siz açtıktan sonra başka bir kullanıcı tarafından değiştirildi. Değişikliğiniz kaydedilmedi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/errors.py" line="83" />
      <source>Changed by another user since you opened it: {field} is now empty. Your change was not saved.</source>
      <translation>Siz açtıktan sonra başka bir kullanıcı tarafından değiştirildi: {field} artık boş. Değişikliğiniz kaydedilmedi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/errors.py" line="88" />
      <source>Changed by another user since you opened it: {field} is now “{value}”. Your change was not saved.</source>
      <translation>Siz açtıktan sonra başka bir kullanıcı tarafından değiştirildi: {field} artık “{value}”. Değişikliğiniz kaydedilmedi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/lease.py" line="227" />
      <source>{label} took over this workshop's live screen at {time}; this screen no longer holds it. Close it and leave the session to them.</source>
      <translation>{label}, bu çalıştayın canlı ekranını {time} saatinde devraldı; canlı ekran artık bu bilgisayarda değil. Bu ekranı kapatın ve oturumu ona bırakın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/lease.py" line="272" />
      <source>{label} has had this workshop's live screen open since {time}.</source>
      <translation>{label}, bu çalıştayın canlı ekranını {time} saatinden beri açık tutuyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/lease.py" line="281" />
      <source>This workshop's live screen, opened by {label} at {started}, looks abandoned since {time}.</source>
      <translation>Bu çalıştayın {label} tarafından {started} saatinde açılan canlı ekranı {time} saatinden beri terk edilmiş görünüyor.</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="77" />
      <source>PDF document (*.pdf)</source>
      <translation>PDF belgesi (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="87" />
      <source>Word document (*.docx)</source>
      <translation>Word belgesi (*.docx)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="197" />
      <source>Notes are listed without the speakers' names.</source>
      <translation>Notlar konuşmacıların adları olmadan listelenir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="199" />
      <source>Portrait</source>
      <translation>Dikey</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="200" />
      <source>Landscape</source>
      <translation>Yatay</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="201" />
      <source>&amp;Language</source>
      <translation>&amp;Dil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="203" />
      <source>&amp;Orientation</source>
      <translation>Sayfa &amp;yönü</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="196" />
      <source>&amp;No attribution (the Chatham House rule)</source>
      <translation>Konuşmacı adı &amp;olmadan (Chatham House kuralı)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="241" />
      <source>&amp;Save the PDF…</source>
      <translation>PDF'i &amp;kaydet…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="258" />
      <source>Close</source>
      <translation>Kapat</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="310" />
      <source>Minutes</source>
      <translation>Tutanak</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="311" />
      <source>Roadmap</source>
      <translation>Yol haritası</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="312" />
      <source>Agenda handout</source>
      <translation>Gündem</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="313" />
      <source>Attendance sheet</source>
      <translation>Katılım listesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="314" />
      <source>E-mail drafts</source>
      <translation>E-posta taslakları</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="326" />
      <source>and %1 more</source>
      <translation>ve %1 kişi daha</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="330" />
      <source>A draft will be written for %1.</source>
      <translation>Şu kişi için bir taslak yazılacak: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="334" />
      <source>Drafts will be written for %n attendee(s): %1</source>
      <translation>
        <numerusform>%n katılımcı için taslak yazılacak: %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="404" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n sayfa</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="567" />
      <source>Wrote %n e-mail draft(s) to %1</source>
      <translation>
        <numerusform>%n e-posta taslağı %1 klasörüne yazıldı</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="340" />
      <source>Left out, the e-mail address cannot be used: %1</source>
      <translation>E-posta adresi kullanılamadığı için dışarıda kalanlar: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="383" />
      <source>Preparing the preview…</source>
      <translation>Önizleme hazırlanıyor…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="418" />
      <source>The preview could not be made because of an error in Facilitator.</source>
      <translation>Facilitator'daki bir hata yüzünden önizleme hazırlanamadı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="490" />
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="527" />
      <source>Saved to %1</source>
      <translation>Kaydedildi: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="521" />
      <source>Writing the Word document…</source>
      <translation>Word belgesi yazılıyor…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="536" />
      <source>The Word document could not be written because of an error in Facilitator.</source>
      <translation>Facilitator'daki bir hata yüzünden Word belgesi yazılamadı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="544" />
      <source>Folder for the e-mail drafts</source>
      <translation>E-posta taslakları için klasör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="328" />
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="542" />
      <source>No attendee of this workshop has an e-mail address.</source>
      <translation>Bu çalıştayın hiçbir katılımcısının e-posta adresi yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="241" />
      <source>&amp;Write e-mail drafts…</source>
      <translation>E-posta taslaklarını &amp;yaz…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="246" />
      <source>Save as &amp;Word…</source>
      <translation>&amp;Word olarak kaydet…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="249" />
      <source>The same document as an editable Word file (.docx), for corrections</source>
      <translation>Aynı belge, düzeltmeler için düzenlenebilir bir Word dosyası (.docx) olarak</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/export_dialog.py" line="254" />
      <source>Open fold&amp;er</source>
      <translation>Klasörü &amp;aç</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <location filename="../../facilitator/services/directory.py" line="100" />
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="101" />
      <source>Short name</source>
      <translation>Kısa ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="102" />
      <source>sector</source>
      <translation>sektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="103" />
      <source>Other sector</source>
      <translation>Diğer sektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="104" />
      <source>City</source>
      <translation>Şehir</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="105" />
      <source>Website</source>
      <translation>Web sitesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="319" />
      <source>Contact consent</source>
      <translation>İletişim onayı</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="320" />
      <source>The consent date</source>
      <translation>Onay tarihi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="32" />
      <source>Full name</source>
      <translation>Ad Soyad</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="33" />
      <location filename="../../facilitator/services/directory.py" line="313" />
      <source>Honorific</source>
      <translation>Unvan</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="34" />
      <location filename="../../facilitator/services/directory.py" line="314" />
      <location filename="../../facilitator/services/live/checkin.py" line="196" />
      <source>Given name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="35" />
      <location filename="../../facilitator/services/directory.py" line="315" />
      <location filename="../../facilitator/services/live/checkin.py" line="198" />
      <source>Family name</source>
      <translation>Soyad</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="36" />
      <location filename="../../facilitator/services/attendees.py" line="283" />
      <location filename="../../facilitator/services/commitments.py" line="396" />
      <location filename="../../facilitator/services/directory.py" line="470" />
      <source>Organization</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="37" />
      <location filename="../../facilitator/services/directory.py" line="316" />
      <source>Position</source>
      <translation>Görev</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="39" />
      <location filename="../../facilitator/services/directory.py" line="318" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_import/columns.py" line="38" />
      <location filename="../../facilitator/services/directory.py" line="317" />
      <source>E-mail</source>
      <translation>E-posta</translation>
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
      <translation>Başlık</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="263" />
      <source>kind of agenda item</source>
      <translation>gündem maddesi türü</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="341" />
      <source>actual start</source>
      <translation>gerçek başlangıç</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="342" />
      <source>actual end</source>
      <translation>gerçek bitiş</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="343" />
      <source>notes, speaking turns, proposals, ideas or dot rounds</source>
      <translation>notlar, söz sıraları, öneriler, fikirler veya nokta oylamaları</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="344" />
      <source>agenda items</source>
      <translation>gündem maddeleri</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="155" />
      <location filename="../../facilitator/services/agenda.py" line="264" />
      <source>Goal</source>
      <translation>Amaç</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/agenda.py" line="737" />
      <source>Template name</source>
      <translation>Şablon adı</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/roadmap.py" line="73" />
      <source>Target date</source>
      <translation>Hedef tarih</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="160" />
      <location filename="../../facilitator/services/roadmap.py" line="74" />
      <location filename="../../facilitator/services/series.py" line="56" />
      <location filename="../../facilitator/services/series.py" line="90" />
      <source>Description</source>
      <translation>Açıklama</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="177" />
      <location filename="../../facilitator/services/workshops.py" line="71" />
      <source>Guiding question</source>
      <translation>Yol gösterici soru</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="175" />
      <location filename="../../facilitator/services/workshops.py" line="72" />
      <source>Venue address</source>
      <translation>Mekân adresi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="176" />
      <location filename="../../facilitator/services/workshops.py" line="73" />
      <source>Objectives</source>
      <translation>Hedefler</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="174" />
      <location filename="../../facilitator/services/workshops.py" line="74" />
      <source>Venue</source>
      <translation>Mekân</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="172" />
      <location filename="../../facilitator/services/workshops.py" line="75" />
      <location filename="../../facilitator/services/workshops.py" line="346" />
      <source>Start</source>
      <translation>Başlangıç</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="173" />
      <location filename="../../facilitator/services/workshops.py" line="76" />
      <location filename="../../facilitator/services/workshops.py" line="352" />
      <location filename="../../facilitator/services/workshops.py" line="369" />
      <source>End</source>
      <translation>Bitiş</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="298" />
      <source>Today</source>
      <translation>Bugün</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="397" />
      <source>Person</source>
      <translation>Kişi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="398" />
      <source>Phase</source>
      <translation>Aşama</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitments.py" line="399" />
      <source>Decision</source>
      <translation>Karar</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="164" />
      <location filename="../../facilitator/services/commitments.py" line="404" />
      <source>Quantity</source>
      <translation>Miktar</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="165" />
      <location filename="../../facilitator/services/commitments.py" line="395" />
      <location filename="../../facilitator/services/commitments.py" line="412" />
      <source>What</source>
      <translation>Taahhüt</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="166" />
      <location filename="../../facilitator/services/commitments.py" line="433" />
      <source>contribution type</source>
      <translation>katkı türü</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="167" />
      <location filename="../../facilitator/services/commitments.py" line="441" />
      <source>unit</source>
      <translation>birim</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="162" />
      <location filename="../../facilitator/services/commitments.py" line="455" />
      <source>Start date</source>
      <translation>Başlangıç tarihi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="163" />
      <location filename="../../facilitator/services/commitments.py" line="456" />
      <source>Due date</source>
      <translation>Bitiş tarihi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="161" />
      <location filename="../../facilitator/services/commitments.py" line="462" />
      <location filename="../../facilitator/services/roadmap.py" line="385" />
      <location filename="../../facilitator/services/workshops.py" line="77" />
      <source>status</source>
      <translation>durum</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="108" />
      <source>yes</source>
      <translation>evet</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="108" />
      <source>no</source>
      <translation>hayır</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="156" />
      <source>kind</source>
      <translation>tür</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="157" />
      <source>text</source>
      <translation>metin</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="158" />
      <source>Minutes</source>
      <translation>Dakika</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="159" />
      <source>Presenter</source>
      <translation>Sunan</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="168" />
      <location filename="../../facilitator/services/commitments.py" line="476" />
      <source>Reviewed</source>
      <translation>Gözden geçirilme</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="169" />
      <location filename="../../facilitator/services/attendees.py" line="166" />
      <location filename="../../facilitator/services/attendees.py" line="196" />
      <source>role</source>
      <translation>rol</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="170" />
      <location filename="../../facilitator/services/attendees.py" line="168" />
      <location filename="../../facilitator/services/attendees.py" line="200" />
      <source>invitation</source>
      <translation>davet durumu</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="171" />
      <location filename="../../facilitator/services/attendees.py" line="171" />
      <location filename="../../facilitator/services/attendees.py" line="204" />
      <source>attendance</source>
      <translation>katılım durumu</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="70" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="71" />
      <source>Invitation</source>
      <translation>Davet</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="72" />
      <source>Attendance</source>
      <translation>Katılım</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="93" />
      <source>Attendees</source>
      <translation>Katılımcılar</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/notes.py" line="132" />
      <location filename="../../facilitator/services/live/notes.py" line="255" />
      <source>Note</source>
      <translation>Not</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/notes.py" line="135" />
      <location filename="../../facilitator/services/live/notes.py" line="256" />
      <source>kind of note</source>
      <translation>not türü</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/notes.py" line="257" />
      <source>speaker</source>
      <translation>konuşmacı</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/live/checkin.py" line="150" />
      <source>Present</source>
      <translation>Geldi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/wording.py" line="36" />
      <source>Proposal text</source>
      <translation>Öneri metni</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="181" />
      <location filename="../../facilitator/services/proposals/wording.py" line="70" />
      <location filename="../../facilitator/services/proposals/wording.py" line="198" />
      <source>method</source>
      <translation>yöntem</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="182" />
      <location filename="../../facilitator/services/ideas/dots.py" line="110" />
      <location filename="../../facilitator/services/proposals/anyone.py" line="83" />
      <location filename="../../facilitator/services/proposals/rounds.py" line="83" />
      <location filename="../../facilitator/services/proposals/wording.py" line="71" />
      <location filename="../../facilitator/services/proposals/wording.py" line="202" />
      <source>voice</source>
      <translation>ses</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="180" />
      <location filename="../../facilitator/services/proposals/wording.py" line="209" />
      <source>Review date</source>
      <translation>Gözden geçirme tarihi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="179" />
      <location filename="../../facilitator/services/proposals/reading.py" line="157" />
      <source>Outcome statement</source>
      <translation>Karar metni</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="64" />
      <location filename="../../facilitator/services/ideas/taking.py" line="144" />
      <location filename="../../facilitator/services/room/box.py" line="99" />
      <source>Idea</source>
      <translation>Fikir</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/board.py" line="68" />
      <location filename="../../facilitator/services/ideas/taking.py" line="145" />
      <source>Cluster name</source>
      <translation>Küme adı</translation>
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
      <translation>Zaman</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="183" />
      <location filename="../../facilitator/services/proposals/rounds.py" line="119" />
      <source>threshold</source>
      <translation>eşik</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/outcomes.py" line="134" />
      <location filename="../../facilitator/services/proposals/rounds.py" line="217" />
      <source>Reason</source>
      <translation>Gerekçe</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_expected.py" line="178" />
      <location filename="../../facilitator/services/proposals/decisions.py" line="43" />
      <location filename="../../facilitator/services/proposals/outcomes.py" line="133" />
      <source>outcome</source>
      <translation>sonuç</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/proposals/decisions.py" line="41" />
      <source>Date</source>
      <translation>Tarih</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/series.py" line="89" />
      <source>Coordinating organization</source>
      <translation>Koordinatör kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/commitment_reviews.py" line="90" />
      <source>Remark</source>
      <translation>Açıklama</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="78" />
      <source>Correction deadline</source>
      <translation>Düzeltme son günü</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="107" />
      <source>Series</source>
      <translation>Seri</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="108" />
      <source>Number in series</source>
      <translation>Serideki sıra no</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="109" />
      <source>Time zone</source>
      <translation>Saat dilimi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="110" />
      <source>Host organization</source>
      <translation>Ev sahibi kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="112" />
      <source>Language</source>
      <translation>Dil</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendees.py" line="408" />
      <location filename="../../facilitator/services/attendees.py" line="454" />
      <location filename="../../facilitator/services/workshops.py" line="111" />
      <source>Moderator</source>
      <translation>Moderatör</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="109" />
      <source>Dots each</source>
      <translation>Kişi başına nokta</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="112" />
      <source>On clusters</source>
      <translation>Kümeler üzerinde</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="115" />
      <source>Question</source>
      <translation>Soru</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/ideas/dots.py" line="315" />
      <location filename="../../facilitator/services/ideas/dots.py" line="349" />
      <location filename="../../facilitator/services/ideas/dots.py" line="385" />
      <source>Dots</source>
      <translation>Nokta</translation>
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="46" />
      <source>Save the page as PDF</source>
      <translation>Sayfayı PDF olarak kaydet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="48" />
      <source>PDF document (*.pdf)</source>
      <translation>PDF belgesi (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="89" />
      <source>Search the manual</source>
      <translation>Kılavuzda ara</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="114" />
      <source>Manual</source>
      <translation>Kılavuz</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="119" />
      <source>Back</source>
      <translation>Geri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="122" />
      <source>Forward</source>
      <translation>İleri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="130" />
      <source>Contents</source>
      <translation>İçindekiler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="133" />
      <source>Print…</source>
      <translation>Yazdır…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="136" />
      <source>Save as PDF…</source>
      <translation>PDF olarak kaydet…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="138" />
      <source>Close</source>
      <translation>Kapat</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="164" />
      <source>%1 — Facilitator manual</source>
      <translation>%1 — Facilitator kılavuzu</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="196" />
      <source>The page was not saved</source>
      <translation>Sayfa kaydedilmedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/help/help_window.py" line="199" />
      <source>Saved %1</source>
      <translation>Kaydedildi: %1</translation>
    </message>
  </context>
  <context>
    <name>IdeaBoard</name>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/dot_panel.py" line="65" />
      <location filename="../../facilitator/ui/live/dot_panel.py" line="299" />
      <source>%n dot(s) left</source>
      <translation>
        <numerusform>%n nokta kaldı</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/dot_panel.py" line="69" />
      <source>Who puts dots</source>
      <translation>Noktaları koyan</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/dot_panel.py" line="268" />
      <source>%n dot(s) each</source>
      <translation>
        <numerusform>%n nokta hakkı</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/dot_panel.py" line="403" />
      <location filename="../../facilitator/ui/live/idea_cards.py" line="44" />
      <source>%n dot(s)</source>
      <translation>
        <numerusform>%n nokta</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="57" />
      <source>Cluster</source>
      <translation>Küme</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="98" />
      <source>Ideas board</source>
      <translation>Fikir panosu</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="131" />
      <source>Cluster: type its name (Enter: this one; a new name makes it; Esc cancels)</source>
      <translation>Küme: adını yazın (Enter: bu küme; yeni bir ad kümeyi oluşturur; Esc vazgeçer)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="133" />
      <source>No cluster “%1” yet: Enter makes it.</source>
      <translation>Henüz “%1” kümesi yok: Enter oluşturur.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="144" />
      <source>New name of the cluster (Enter saves, Esc cancels)</source>
      <translation>Kümenin yeni adı (Enter kaydeder, Esc vazgeçer)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="162" />
      <source>Type an idea and press Enter (↓: the cards)</source>
      <translation>Bir fikir yazıp Enter'a basın (↓: kartlar)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="202" />
      <source>board: add the idea · to the cards · select</source>
      <translation>pano: fikri ekle · kartlara geç · seç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="194" />
      <source>↓ cards · Space select · G cluster · U out · F2 rename · Del delete · R round · V who · +/− dot · E end · S split · P proposal · T commitment · Esc idea field</source>
      <translation>↓ kartlar · Boşluk seç · G küme · U kümeden çıkar · F2 yeniden adlandır · Del sil · R tur · V kim · +/− nokta · E bitir · S dağılım · P öneri · T taahhüt · Esc fikir alanı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="205" />
      <source>board: cluster · out · rename · delete · proposal · commitment</source>
      <translation>pano: küme · kümeden çıkar · yeniden adlandır · sil · öneri · taahhüt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="209" />
      <source>board: round · who · dot · count · end · split</source>
      <translation>pano: tur · kim · nokta · sayı · bitir · dağılım</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="325" />
      <source>Next idea by the speaker: %1</source>
      <translation>Sıradaki fikir konuşmacıdan: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="328" />
      <source>Next idea: nobody in particular</source>
      <translation>Sıradaki fikir: belirli birine ait değil</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/idea_board.py" line="381" />
      <source>%n idea(s)</source>
      <translation>
        <numerusform>%n fikir</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/idea_board.py" line="383" />
      <source>%n cluster(s)</source>
      <translation>
        <numerusform>%n küme</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="423" />
      <source>Select a card first (arrows).</source>
      <translation>Önce bir kart seçin (oklar).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="460" />
      <source>idea “%1”</source>
      <translation>“%1” fikri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="482" />
      <source>Select the cards to cluster first (Space, Shift+arrows).</source>
      <translation>Önce kümelenecek kartları seçin (Boşluk, Shift+oklar).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/idea_board.py" line="490" />
      <source>%n card(s) to cluster.</source>
      <translation>
        <numerusform>Kümelenecek %n kart.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="518" />
      <source>cluster</source>
      <translation>küme</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/idea_board.py" line="523" />
      <location filename="../../facilitator/ui/live/idea_board.py" line="556" />
      <location filename="../../facilitator/ui/live/idea_board.py" line="567" />
      <location filename="../../facilitator/ui/live/idea_cards.py" line="124" />
      <source>%n card(s)</source>
      <translation>
        <numerusform>%n kart</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="525" />
      <source>%1 in “%2” — Ctrl+Z to undo.</source>
      <translation>%1 “%2” kümesinde — geri almak için Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="527" />
      <source>%1 out of their cluster — Ctrl+Z to undo.</source>
      <translation>%1 kümeden çıkarıldı — geri almak için Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="546" />
      <source>new cluster “%1”</source>
      <translation>yeni küme “%1”</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="554" />
      <source>Cluster “%1” made with %2 — Ctrl+Z to undo.</source>
      <translation>“%1” kümesi %2 ile oluşturuldu — geri almak için Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="572" />
      <source>Choose the cards or the cluster to delete.</source>
      <translation>Silinecek kartları ya da kümeyi seçin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="575" />
      <source>cluster “%1”</source>
      <translation>“%1” kümesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="579" />
      <source>%1 deleted — Ctrl+Z to undo.</source>
      <translation>%1 silindi — geri almak için Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="585" />
      <source>The selected cards are in no cluster.</source>
      <translation>Seçili kartlar hiçbir kümede değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="604" />
      <source>Select a cluster (or a card in one) to rename it.</source>
      <translation>Yeniden adlandırmak için bir küme (ya da içindeki bir kartı) seçin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="633" />
      <source>rename cluster “%1”</source>
      <translation>“%1” kümesini yeniden adlandırma</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="649" />
      <source>Cluster renamed: “%1” — Ctrl+Z to undo.</source>
      <translation>Kümenin yeni adı: “%1” — geri almak için Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="664" />
      <source>Select a card or a cluster first.</source>
      <translation>Önce bir kart ya da küme seçin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="685" />
      <source>proposal from “%1”</source>
      <translation>“%1” kaynaklı öneri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_board.py" line="696" />
      <source>Proposal made: %1 — Ctrl+Z to undo.</source>
      <translation>Öneri oluşturuldu: %1 — geri almak için Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_models.py" line="54" />
      <source>Support differs sharply between sectors</source>
      <translation>Sektörler arasında destek belirgin biçimde ayrışıyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_models.py" line="219" />
      <source>proposal</source>
      <translation>öneri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_models.py" line="223" />
      <source>commitment</source>
      <translation>taahhüt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_models.py" line="276" />
      <location filename="../../facilitator/ui/live/projector_board.py" line="50" />
      <source>Not clustered</source>
      <translation>Kümelenmemiş</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/idea_models.py" line="349" />
      <source>counted</source>
      <translation>sayım</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_board.py" line="91" />
      <source>No ideas yet</source>
      <translation>Henüz fikir yok</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/projector_board.py" line="116" />
      <source>+ %n more</source>
      <translation>
        <numerusform>+ %n fikir daha</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_board.py" line="179" />
      <source>Dots — round %1</source>
      <translation>Noktalar — tur %1</translation>
    </message>
  </context>
  <context>
    <name>IdeasTab</name>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="89" />
      <source>Type an idea and press Enter</source>
      <translation>Bir fikir yazıp Enter’a basın</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="91" />
      <source>&amp;Idea:</source>
      <translation>&amp;Fikir:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="96" />
      <source>Whose idea it is (their institution goes with it)</source>
      <translation>Fikrin sahibi (kurumu da fikirle birlikte kaydedilir)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="100" />
      <source>Idea</source>
      <translation>Fikir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="100" />
      <source>Author</source>
      <translation>Sahibi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="100" />
      <source>Institution</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="100" />
      <source>Dots</source>
      <translation>Nokta</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="106" />
      <source>Cluster name</source>
      <translation>Küme adı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="114" />
      <source>&amp;Put in the cluster</source>
      <translation>Kümeye k&amp;oy</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="116" />
      <source>Put the selected ideas in the cluster named beside (a new name makes one)</source>
      <translation>Seçili fikirleri yandaki adı taşıyan kümeye koyar (yeni bir ad yeni bir küme açar)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="119" />
      <source>Take out of its cluster</source>
      <translation>Kümeden çıkar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="121" />
      <source>Delete the selection</source>
      <translation>Seçileni sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="125" />
      <source>Delete the selected ideas or clusters (Del); Ctrl+Z brings them back</source>
      <translation>Seçili fikirleri ya da kümeleri siler (Del); Ctrl+Z geri getirir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="144" />
      <source>No ideas yet. Type the ideas collected before the workshop here; during the session they are collected on the live screen's board (Ctrl+B).</source>
      <translation>Henüz fikir yok. Çalıştaydan önce toplanan fikirleri buraya yazın; oturum sırasında fikirler canlı ekranın panosunda toplanır (Ctrl+B).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="238" />
      <source>(nobody named)</source>
      <translation>(sahibi belirtilmemiş)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="249" />
      <source>Dots: round %1, %2 voters</source>
      <translation>Noktalar: %1. oylama, %2 katılımcı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="260" />
      <source>Not clustered</source>
      <translation>Kümelenmemiş</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="286" />
      <source>%n idea(s)</source>
      <translation>
        <numerusform>%n fikir</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="299" />
      <source>became a proposal</source>
      <translation>öneriye dönüştü</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="301" />
      <source>became a commitment</source>
      <translation>taahhüde dönüştü</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="401" />
      <source>Add the idea “%1”</source>
      <translation>“%1” fikrini ekle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="433" />
      <source>Rename the cluster “%1”</source>
      <translation>“%1” kümesini yeniden adlandır</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="448" />
      <source>Correct the idea “%1”</source>
      <translation>“%1” fikrini düzelt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="473" />
      <source>Make the cluster “%1”</source>
      <translation>“%1” kümesini oluştur</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="498" />
      <source>Put %n idea(s) in “%1”</source>
      <translation>
        <numerusform>%n fikri “%1” kümesine koy</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="500" />
      <source>Take %n idea(s) out of their cluster</source>
      <translation>
        <numerusform>%n fikri kümesinden çıkar</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="520" />
      <source>Delete the cluster “%1”</source>
      <translation>“%1” kümesini sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="522" />
      <source>Delete the idea “%1”</source>
      <translation>“%1” fikrini sil</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/ideas_tab.py" line="518" />
      <source>Delete %n idea(s) and cluster(s)</source>
      <translation>
        <numerusform>%n fikir ve kümeyi sil</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="127" />
      <source>Import attendees — %1</source>
      <translation>Katılımcıları içe aktar — %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="129" />
      <source>Import people into the directory — %1</source>
      <translation>Rehbere kişi aktarma — %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="147" />
      <source>(ignore)</source>
      <translation>(yok say)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="174" />
      <source>Show only rows with &amp;errors</source>
      <translation>Yalnızca &amp;hatalı satırları göster</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="214" />
      <source>&amp;Import</source>
      <translation>&amp;İçe aktar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="226" />
      <source>&lt;b&gt;Columns&lt;/b&gt; — what each column of the file holds:</source>
      <translation>&lt;b&gt;Sütunlar&lt;/b&gt; — dosyanın her sütununda ne var:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="240" />
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="304" />
      <source>Updating the preview…</source>
      <translation>Önizleme güncelleniyor…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="247" />
      <source>Full name</source>
      <translation>Ad Soyad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="248" />
      <source>Honorific</source>
      <translation>Unvan</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="249" />
      <source>Given name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="250" />
      <source>Family name</source>
      <translation>Soyad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="251" />
      <source>Organization</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="252" />
      <source>Position</source>
      <translation>Görev</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="253" />
      <source>E-mail</source>
      <translation>E-posta</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="254" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="259" />
      <source>UTF-8</source>
      <translation>UTF-8</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="260" />
      <source>UTF-8 with byte-order mark</source>
      <translation>UTF-8 (bayt sırası işaretli)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="261" />
      <source>Windows-1254 (Turkish)</source>
      <translation>Windows-1254 (Türkçe)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="262" />
      <source>UTF-16</source>
      <translation>UTF-16</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="267" />
      <source>semicolon (;)</source>
      <translation>noktalı virgül (;)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="268" />
      <source>comma (,)</source>
      <translation>virgül (,)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="269" />
      <source>tab</source>
      <translation>sekme</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="270" />
      <source>none (one column)</source>
      <translation>yok (tek sütun)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="275" />
      <source>Excel workbook, sheet “%1”</source>
      <translation>Excel çalışma kitabı, “%1” sayfası</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="278" />
      <source>Encoding: %1 · Separator: %2</source>
      <translation>Kodlama: %1 · Ayraç: %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="282" />
      <source>%n row(s) below the header</source>
      <translation>
        <numerusform>Başlığın altında %n satır</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="486" />
      <source>Imported: %1, %2 from the directory, %3 skipped; %4.</source>
      <translation>Aktarıldı: %1, rehberden %2 kişi, %3 atlandı; %4.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="487" />
      <source>%n new person(s)</source>
      <translation>
        <numerusform>%n yeni kişi</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="490" />
      <source>%n new organization(s)</source>
      <translation>
        <numerusform>%n yeni kurum</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="356" />
      <source>The preview could not be made because of an error in Facilitator.</source>
      <translation>Facilitator'daki bir hata yüzünden önizleme hazırlanamadı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="380" />
      <source>To import: %1</source>
      <translation>Aktarılacak: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="381" />
      <source>New: %1</source>
      <translation>Yeni: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="382" />
      <source>Matched: %1</source>
      <translation>Eşleşen: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="383" />
      <source>Already attending: %1</source>
      <translation>Zaten katılıyor: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="384" />
      <source>Repeated in the file: %1</source>
      <translation>Dosyada tekrar eden: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="385" />
      <source>Errors: %1</source>
      <translation>Hatalar: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="386" />
      <source>New organizations: %1</source>
      <translation>Yeni kurumlar: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="393" />
      <source>Told apart from a namesake by e-mail: %1</source>
      <translation>Adaşından e-postayla ayrılan: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="401" />
      <source>Nothing is imported while any row has an error. Correct the file or the column mapping. First error:</source>
      <translation>Herhangi bir satırda hata varken hiçbir şey aktarılmaz. Dosyayı ya da sütun eşlemesini düzeltin. İlk hata:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="516" />
      <source>The import failed and nothing was written: %1</source>
      <translation>İçe aktarma başarısız oldu, hiçbir şey yazılmadı: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="520" />
      <source>Cancelled: nothing was imported.</source>
      <translation>İptal edildi: hiçbir şey aktarılmadı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="571" />
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="594" />
      <source>Import attendees</source>
      <translation>Katılımcıları içe aktar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="573" />
      <source>Attendee lists (*.csv *.xlsx *.txt);;All files (*)</source>
      <translation>Katılımcı listeleri (*.csv *.xlsx *.txt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_dialog.py" line="639" />
      <source>Reading %1…</source>
      <translation>%1 okunuyor…</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewModel</name>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="34" />
      <source>Row</source>
      <translation>Satır</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="35" />
      <source>Status</source>
      <translation>Durum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="36" />
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="37" />
      <source>Organization</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="38" />
      <source>Position</source>
      <translation>Görev</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="39" />
      <source>E-mail</source>
      <translation>E-posta</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="40" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="41" />
      <source>Details</source>
      <translation>Ayrıntı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="44" />
      <source>New</source>
      <translation>Yeni</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="45" />
      <source>Matched</source>
      <translation>Eşleşti</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="46" />
      <source>Already attending</source>
      <translation>Zaten katılıyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="47" />
      <source>Repeated</source>
      <translation>Tekrar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="48" />
      <source>Error</source>
      <translation>Hata</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="82" />
      <source>Same person as row %1; skipped</source>
      <translation>%1. satırdaki kişiyle aynı; atlandı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="84" />
      <source>%1 already attends; skipped</source>
      <translation>%1 zaten katılıyor; atlandı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="86" />
      <source>Matched to %1</source>
      <translation>%1 ile eşleşti</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="88" />
      <source>New person</source>
      <translation>Yeni kişi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="92" />
      <source>not the person of row %1, who has the same name and another e-mail</source>
      <translation>%1. satırdaki kişi değil: adı aynı, e-postası başka</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="96" />
      <source>not %1 of the directory, who has the same name and another e-mail</source>
      <translation>rehberdeki %1 değil: adı aynı, e-postası başka</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="99" />
      <source>the directory has no e-mail for them; this one is not added</source>
      <translation>rehberde e-postası yok; dosyadaki e-posta eklenmez</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/import_preview_model.py" line="101" />
      <source>new organization</source>
      <translation>yeni kurum</translation>
    </message>
  </context>
  <context>
    <name>IndicatorsView</name>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="63" />
      <source>Workshops held</source>
      <translation>Yapılan çalıştay</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="64" />
      <source>Unique participants</source>
      <translation>Farklı katılımcı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="65" />
      <location filename="../../facilitator/ui/series/indicators_view.py" line="83" />
      <source>Attendances</source>
      <translation>Katılım</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="66" />
      <source>Organizations taking part</source>
      <translation>Katılan kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="67" />
      <location filename="../../facilitator/ui/series/indicators_view.py" line="85" />
      <source>Commitments</source>
      <translation>Taahhüt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="83" />
      <source>Sector</source>
      <translation>Sektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="83" />
      <source>Organizations</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="85" />
      <source>Status</source>
      <translation>Durum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="88" />
      <source>Attendance counts people marked present at held workshops; an attendance counts for the organization the person represented there.</source>
      <translation>Katılım, yapılmış çalıştaylarda geldi olarak işaretlenen kişileri sayar; her katılım, kişinin o çalıştayda temsil ettiği kuruma yazılır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="96" />
      <source>By sector</source>
      <translation>Sektörlere göre</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="101" />
      <source>Commitments by status</source>
      <translation>Durumlarına göre taahhütler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="129" />
      <source>%1 of %2</source>
      <translation>%1 / %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/indicators_view.py" line="142" />
      <source>(no organization)</source>
      <translation>(kurumsuz)</translation>
    </message>
  </context>
  <context>
    <name>KeysPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/keys.py" line="152" />
      <source>Keys of the live screen</source>
      <translation>Canlı ekranın tuşları</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/keys.py" line="154" />
      <source>Esc hides this list; the screen goes on meanwhile.</source>
      <translation>Esc bu listeyi gizler; ekran bu arada çalışmaya devam eder.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/keys.py" line="159" />
      <source>Hide the keys (Esc)</source>
      <translation>Tuşları gizle (Esc)</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="32" />
      <source>Moderator</source>
      <translation>Moderatör</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="33" />
      <source>Host</source>
      <translation>Ev sahibi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="34" />
      <source>Speaker</source>
      <translation>Konuşmacı</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="35" />
      <source>Participant</source>
      <translation>Katılımcı</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="36" />
      <source>Observer</source>
      <translation>Gözlemci</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="37" />
      <source>Rapporteur</source>
      <translation>Raportör</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="38" />
      <source>Organizer</source>
      <translation>Düzenleyici</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="44" />
      <location filename="../../facilitator/ui/kit/labels.py" line="106" />
      <source>Not invited</source>
      <translation>Davet edilmedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="45" />
      <location filename="../../facilitator/ui/kit/labels.py" line="107" />
      <source>Invited</source>
      <translation>Davet edildi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="46" />
      <location filename="../../facilitator/ui/kit/labels.py" line="108" />
      <source>Confirmed</source>
      <translation>Onayladı</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/attendee_export.py" line="47" />
      <location filename="../../facilitator/ui/kit/labels.py" line="109" />
      <source>Declined</source>
      <translation>Katılamayacak</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/labels.py" line="88" />
      <source>Other: %1</source>
      <translation>Diğer: %1</translation>
    </message>
  </context>
  <context>
    <name>LeaseKeeper</name>
    <message>
      <location filename="../../facilitator/ui/live/lease_keeper.py" line="101" />
      <source>If that was Facilitator closing unexpectedly on this computer, try again in a minute and a half: it can then be taken over.</source>
      <translation>Bu bilgisayardaki Facilitator beklenmedik biçimde kapandıysa bir buçuk dakika sonra yeniden deneyin: ekran o zaman devralınabilir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/lease_keeper.py" line="109" />
      <source>Live screen left open</source>
      <translation>Açık bırakılmış canlı ekran</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/lease_keeper.py" line="110" />
      <source>Take it over and open the live screen here?</source>
      <translation>Devralıp canlı ekranı burada açmak ister misiniz?</translation>
    </message>
  </context>
  <context>
    <name>Legend</name>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="332" />
      <source>Today</source>
      <translation>Bugün</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="335" />
      <source>Overdue</source>
      <translation>Süresi geçmiş</translation>
    </message>
  </context>
  <context>
    <name>Live</name>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="226" />
      <source>%1 min</source>
      <translation>%1 dk</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="231" />
      <source>%1 / %2 min</source>
      <translation>%1 / %2 dk</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="244" />
      <source>Not reached: the session ended before it</source>
      <translation>Ulaşılamadı: oturum bu maddeden önce sona erdi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="282" />
      <source>Agenda item</source>
      <translation>Gündem maddesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="283" />
      <source>Actual / planned</source>
      <translation>Gerçek / planlanan</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="298" />
      <source>present</source>
      <translation>geldi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="300" />
      <source>recorded absent</source>
      <translation>gelmedi olarak kayıtlı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="302" />
      <source>declined</source>
      <translation>katılmayacağını bildirdi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="306" />
      <source>Attendee</source>
      <translation>Katılımcı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="320" />
      <source>Waiting</source>
      <translation>Bekleyen</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="325" />
      <source>Represents</source>
      <translation>Temsil ettiği kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="334" />
      <source>Person</source>
      <translation>Kişi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="336" />
      <location filename="../../facilitator/ui/live/item_models.py" line="363" />
      <source>Time</source>
      <translation>Süre</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="342" />
      <location filename="../../facilitator/ui/live/item_models.py" line="369" />
      <source>Turns</source>
      <translation>Söz sayısı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/commitment_panel.py" line="72" />
      <location filename="../../facilitator/ui/live/item_models.py" line="358" />
      <source>Organization</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/item_models.py" line="359" />
      <source>(none)</source>
      <translation>(yok)</translation>
    </message>
  </context>
  <context>
    <name>LiveWindow</name>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="306" />
      <source>Undone: %1</source>
      <translation>Geri alındı: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="301" />
      <source>Nothing to undo.</source>
      <translation>Geri alınacak bir şey yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="166" />
      <source>REHEARSAL — nothing done here reaches the workshop; closing discards it.</source>
      <translation>PROVA — burada yapılan hiçbir şey çalıştaya geçmez; ekran kapanınca silinir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="185" />
      <source>Keys</source>
      <translation>Tuşlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="185" />
      <source>Every key of this screen</source>
      <translation>Bu ekranın bütün tuşları</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="188" />
      <source>Main window</source>
      <translation>Ana pencere</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="190" />
      <source>Brings the main window to the front; this screen stays open.</source>
      <translation>Ana pencereyi öne getirir; bu ekran açık kalır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="194" />
      <source>Close live screen</source>
      <translation>Canlı ekranı kapat</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="197" />
      <source>Closes this screen only: the workshop stays in session and the main window offers to resume it (Ctrl+L).</source>
      <translation>Yalnızca bu ekranı kapatır: çalıştay oturumda kalır ve ana pencere kaldığı yerden sürdürmeyi önerir (Ctrl+L).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="68" />
      <source>save note</source>
      <translation>notu kaydet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="71" />
      <source>kind</source>
      <translation>tür</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="76" />
      <source>attribute</source>
      <translation>kişiye bağla</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="79" />
      <source>edit last</source>
      <translation>son notu düzenle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="82" />
      <source>delete last</source>
      <translation>son notu sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="87" />
      <source>parking lot</source>
      <translation>sonraya bırak</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="90" />
      <source>note field</source>
      <translation>not alanı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="91" />
      <source>ideas board / notes</source>
      <translation>fikir panosu / notlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="94" />
      <source>proposal</source>
      <translation>öneri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="99" />
      <source>commitment</source>
      <translation>taahhüt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="102" />
      <source>undo</source>
      <translation>geri al</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="103" />
      <source>redo</source>
      <translation>yinele</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="104" />
      <source>next item</source>
      <translation>sonraki gündem maddesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="107" />
      <source>previous item</source>
      <translation>önceki gündem maddesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="112" />
      <source>queue</source>
      <translation>söz sırası</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="117" />
      <source>next speaker</source>
      <translation>sıradaki konuşmacı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="122" />
      <source>end turn</source>
      <translation>konuşmayı bitir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="127" />
      <source>turn limit</source>
      <translation>konuşma süresi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="132" />
      <source>first-timers first</source>
      <translation>ilk kez konuşanlar önce</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="135" />
      <source>check-in</source>
      <translation>giriş</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="138" />
      <source>walk-in</source>
      <translation>kayıtsız gelen</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="143" />
      <source>projector</source>
      <translation>projektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="146" />
      <source>room on phones</source>
      <translation>telefonlarla oda</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="147" />
      <source>how to join (projector)</source>
      <translation>nasıl katılınır (projektör)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="150" />
      <source>start the session</source>
      <translation>oturumu başlat</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="155" />
      <source>end session</source>
      <translation>oturumu bitir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="161" />
      <source>reopen the ended session</source>
      <translation>biten oturumu yeniden aç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="166" />
      <source>minutes of the ended session</source>
      <translation>biten oturumun tutanağı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="171" />
      <source>main window</source>
      <translation>ana pencere</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="176" />
      <source>close this screen (stays in session)</source>
      <translation>bu ekranı kapat (oturum sürer)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="181" />
      <source>quit Facilitator</source>
      <translation>Facilitator'dan çık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="186" />
      <source>all keys · again: the manual</source>
      <translation>bütün tuşlar · yeniden: kılavuz</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/screen_keys.py" line="191" />
      <source>cancel · hide the keys</source>
      <translation>vazgeç · tuşları gizle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="313" />
      <source>Redone: %1</source>
      <translation>Yinelendi: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="333" />
      <source>Live — %1</source>
      <translation>Canlı — %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="333" />
      <source>Rehearsal — %1</source>
      <translation>Prova — %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="339" />
      <source>Session resumed where it was.</source>
      <translation>Oturum kaldığı yerden sürüyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="342" />
      <source>The session has not started. %1 starts it.</source>
      <translation>Oturum başlamadı. %1 ile başlar.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="349" />
      <source>The note you were typing is back: Enter saves it.</source>
      <translation>Yazmakta olduğunuz not geri geldi: Enter ile kaydedilir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="370" />
      <source>The session is already running.</source>
      <translation>Oturum zaten sürüyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="374" />
      <source>The session has ended. %1 reopens it.</source>
      <translation>Oturum sona erdi. %1 ile yeniden açılır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="388" />
      <source>This workshop is planned for %1, not today. Press %2 again within %3 seconds to start the real session anyway; to try the screen out, close it and rehearse instead (Live menu).</source>
      <translation>Bu çalıştay bugün değil, %1 için planlandı. Gerçek oturumu yine de başlatmak için %3 saniye içinde %2 tuşuna yeniden basın; ekranı denemek içinse kapatıp prova yapın (Canlı menüsü).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="406" />
      <source>The session has started.</source>
      <translation>Oturum başladı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="494" />
      <source>Press %1 again to end the session.</source>
      <translation>Oturumu bitirmek için %1 tuşuna yeniden basın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="552" />
      <source>Start first: %1</source>
      <translation>Önce başlatın: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="556" />
      <source>%1: reopen the session</source>
      <translation>%1: oturumu yeniden aç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="557" />
      <source>%1: close this screen</source>
      <translation>%1: bu ekranı kapat</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="560" />
      <source>%1: the minutes</source>
      <translation>%1: tutanak</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="579" />
      <source>The session is not ended.</source>
      <translation>Oturum sona ermedi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="593" />
      <source>Reopen the session</source>
      <translation>Oturumu yeniden açma</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="603" />
      <source>The session is open again: go on where it stopped.</source>
      <translation>Oturum yeniden açıldı: kalınan yerden sürdürün.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="610" />
      <source>The minutes come once the session has ended.</source>
      <translation>Tutanak, oturum sona erdikten sonra hazırlanır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="613" />
      <source>A rehearsal has no minutes: nothing of it is kept.</source>
      <translation>Provanın tutanağı olmaz: provadan hiçbir şey saklanmaz.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="721" />
      <source>The room is open at %1, room code %2 (Ctrl+J shows how to join).</source>
      <translation>Oda %1 adresinde açık, oda kodu %2 (Ctrl+J nasıl katılınacağını gösterir).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="735" />
      <source>The room is closed: phones no longer reach it.</source>
      <translation>Oda kapandı: telefonlar artık bağlanamıyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/live_window.py" line="509" />
      <source>The session has ended.</source>
      <translation>Oturum sona erdi.</translation>
    </message>
  </context>
  <context>
    <name>LockDialog</name>
    <message>
      <location filename="../../facilitator/ui/database/lock_dialog.py" line="37" />
      <source>Database in use</source>
      <translation>Veritabanı kullanımda</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/lock_dialog.py" line="43" />
      <source>This database is already open in another Facilitator.</source>
      <translation>Bu veritabanı başka bir Facilitator'da zaten açık.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/lock_dialog.py" line="53" />
      <source>File:</source>
      <translation>Dosya:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/lock_dialog.py" line="54" />
      <source>Computer:</source>
      <translation>Bilgisayar:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/lock_dialog.py" line="55" />
      <source>Process:</source>
      <translation>İşlem:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/lock_dialog.py" line="56" />
      <source>Open since:</source>
      <translation>Açılış zamanı:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/lock_dialog.py" line="68" />
      <source>Only one Facilitator at a time may change a database. You can open it read-only to look at it, or quit and close the other one first.</source>
      <translation>Bir veritabanını aynı anda yalnızca bir Facilitator değiştirebilir. İncelemek için salt okunur açabilir ya da çıkıp önce diğerini kapatabilirsiniz.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/lock_dialog.py" line="81" />
      <source>Open &amp;read-only</source>
      <translation>&amp;Salt okunur aç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/lock_dialog.py" line="84" />
      <source>&amp;Quit</source>
      <translation>Çı&amp;k</translation>
    </message>
  </context>
  <context>
    <name>Logs</name>
    <message>
      <location filename="../../facilitator/logs.py" line="247" />
      <source>The database is busy: another program or another Facilitator is writing to it. Wait a moment and try again.</source>
      <translation>Veritabanı meşgul: başka bir program ya da başka bir Facilitator ona yazıyor. Biraz bekleyip yeniden deneyin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/logs.py" line="252" />
      <source>The disk is full. Free some space on it, then try again.</source>
      <translation>Disk dolu. Diskte biraz yer açın, sonra yeniden deneyin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/logs.py" line="253" />
      <source>Facilitator is not allowed to write there: the file or its folder is read-only, or your user account lacks the permission.</source>
      <translation>Facilitator oraya yazamıyor: dosya ya da klasörü salt okunur veya kullanıcı hesabınızın bunun için izni yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/logs.py" line="258" />
      <source>The database file looks damaged. Close Facilitator and start it again: it checks the file and offers to restore the newest backup if needed.</source>
      <translation>Veritabanı dosyası hasarlı görünüyor. Facilitator'ı kapatıp yeniden başlatın: dosyayı denetler ve gerekirse en yeni yedeği geri yüklemeyi önerir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/logs.py" line="263" />
      <source>The computer ran out of memory. Close other programs, then try again.</source>
      <translation>Bilgisayarın belleği yetmedi. Başka programları kapatıp yeniden deneyin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/logs.py" line="266" />
      <source>A file could not be read or written: the disk, USB stick or network folder may have gone away. Check that it is there, then try again.</source>
      <translation>Bir dosya okunamadı ya da yazılamadı: disk, USB bellek veya ağ klasörü erişilemez olmuş olabilir. Yerinde olduğunu denetleyip yeniden deneyin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/logs.py" line="271" />
      <source>The database server cannot be reached. Check the network connection, then try again.</source>
      <translation>Veritabanı sunucusuna ulaşılamıyor. Ağ bağlantısını denetleyip yeniden deneyin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/logs.py" line="278" />
      <source>An error in Facilitator itself stopped this; it is not something you did. The details were written to the log.</source>
      <translation>Bunu Facilitator'ın kendi içindeki bir hata durdurdu; sizin yaptığınız bir şeyden kaynaklanmıyor. Ayrıntılar kayıt dosyasına yazıldı.</translation>
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
      <translation>Kişiler &amp;&amp; kurumlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="30" />
      <source>&amp;New workshop…</source>
      <translation>&amp;Yeni çalıştay…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="33" />
      <source>New &amp;series…</source>
      <translation>Yeni &amp;seri…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="37" />
      <source>&amp;Quit</source>
      <translation>Çı&amp;kış</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="43" />
      <source>&amp;Duplicate workshop…</source>
      <translation>Çalıştayı ç&amp;oğalt…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="47" />
      <source>De&amp;lete workshop…</source>
      <translation>Çalıştayı si&amp;l…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="52" />
      <source>Delete series…</source>
      <translation>Seriyi sil…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="65" />
      <source>&amp;People and organizations</source>
      <translation>&amp;Kişiler ve kurumlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="71" />
      <source>&amp;Find in directory</source>
      <translation>Rehberde &amp;ara</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="77" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Tercihler…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="83" />
      <source>&amp;About Facilitator</source>
      <translation>Facilitator &amp;hakkında</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="87" />
      <source>&amp;Manual for this screen</source>
      <translation>Bu ekranın kıla&amp;vuzu</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="94" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Klavye kısayolları</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="100" />
      <source>&amp;Undo</source>
      <translation>&amp;Geri al:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="102" />
      <source>&amp;Redo</source>
      <translation>&amp;Yinele:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="106" />
      <source>&amp;File</source>
      <translation>&amp;Dosya</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="115" />
      <source>&amp;Edit</source>
      <translation>Dü&amp;zen</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="121" />
      <source>&amp;Workshop</source>
      <translation>&amp;Çalıştay</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="127" />
      <source>&amp;Live</source>
      <translation>&amp;Canlı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="132" />
      <source>&amp;Settings</source>
      <translation>&amp;Ayarlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="134" />
      <source>&amp;Help</source>
      <translation>&amp;Yardım</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="322" />
      <source>The live screen is closed; the workshop is still in session (Ctrl+L resumes).</source>
      <translation>Canlı ekran kapandı; çalıştay hâlâ oturumda (Ctrl+L ile sürdürülür).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="375" />
      <source>Resume the session</source>
      <translation>Oturumu sürdür</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="376" />
      <source>“%1” is still in session. Go back to the live screen?</source>
      <translation>“%1” hâlâ oturumda. Canlı ekrana dönülsün mü?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="405" />
      <source>Without series</source>
      <translation>Serisiz</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="536" />
      <source>Cannot create the workshop</source>
      <translation>Çalıştay oluşturulamadı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="549" />
      <source>New series</source>
      <translation>Yeni seri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="549" />
      <source>Title of the series:</source>
      <translation>Serinin başlığı:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="556" />
      <source>Cannot create the series</source>
      <translation>Seri oluşturulamadı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="583" />
      <source>Duplicate workshop</source>
      <translation>Çalıştayı çoğalt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="599" />
      <source>Cannot duplicate the workshop</source>
      <translation>Çalıştay çoğaltılamadı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="614" />
      <source>Delete “%1” with its agenda, attendees, notes and decisions? People and organizations stay in the directory.</source>
      <translation>“%1” gündemi, katılımcıları, notları ve kararlarıyla birlikte silinsin mi? Kişiler ve kurumlar rehberde kalır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="617" />
      <source>Delete workshop</source>
      <translation>Çalıştayı sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="629" />
      <source>Cannot delete the workshop</source>
      <translation>Çalıştay silinemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="648" />
      <source>Delete series</source>
      <translation>Seriyi sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="642" />
      <source>Delete the series “%1”?</source>
      <translation>“%1” serisi silinsin mi?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="55" />
      <source>Open the &amp;live screen</source>
      <translation>&amp;Canlı ekranı aç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_menus.py" line="59" />
      <source>&amp;Rehearse the live session</source>
      <translation>Canlı oturumu &amp;prova et</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="254" />
      <source>Cannot open the live screen</source>
      <translation>Canlı ekran açılamıyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="288" />
      <source>Cannot rehearse</source>
      <translation>Prova yapılamıyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="296" />
      <source>Rehearsal resumed where it was; closing the screen discards it.</source>
      <translation>Prova kaldığı yerden sürüyor; ekran kapanınca silinir.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/main_window.py" line="409" />
      <source>%1 · %n workshop(s)</source>
      <translation>
        <numerusform>%1 · %n çalıştay</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/main_window.py" line="646" />
      <source>Its roadmap with %n commitment(s) is deleted with it.</source>
      <translation>
        <numerusform>%n taahhüt içeren yol haritası da onunla birlikte silinir.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="660" />
      <source>Cannot delete the series</source>
      <translation>Seri silinemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="677" />
      <source>Empty database</source>
      <translation>Boş veritabanı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="679" />
      <source>This database holds no workshop yet. Load the demo series (fictional institutions and people) to look around?</source>
      <translation>Bu veritabanında henüz çalıştay yok. Göz atmak için örnek seri (kurgusal kurumlar ve kişiler) yüklensin mi?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="690" />
      <source>Cannot load the demo series</source>
      <translation>Örnek seri yüklenemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="710" />
      <source>Cannot undo</source>
      <translation>Geri alınamadı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="713" />
      <source>Saved ✓</source>
      <translation>Kaydedildi ✓</translation>
    </message>
  </context>
  <context>
    <name>MatrixTableModel</name>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="95" />
      <source>Total: %1</source>
      <translation>Toplam: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="96" />
      <source>Total</source>
      <translation>Genel toplam</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="130" />
      <source>Organization</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="132" />
      <source>Sector</source>
      <translation>Sektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="134" />
      <source>All types</source>
      <translation>Tüm türler</translation>
    </message>
  </context>
  <context>
    <name>MatrixView</name>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="151" />
      <source>Phase:</source>
      <translation>Aşama:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="154" />
      <source>Status:</source>
      <translation>Durum:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="189" />
      <source>Each cell: how many commitments, then their amounts per unit — TRY, EUR, volunteer hours and volunteers are never added together.</source>
      <translation>Her hücre: taahhüt sayısı, ardından birim birim miktarları — TL, avro, gönüllü saati ve gönüllü sayısı asla birbirine eklenmez.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="195" />
      <source>No commitment matches these filters.</source>
      <translation>Bu süzgeçlere uyan taahhüt yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="218" />
      <source>All phases</source>
      <translation>Tüm aşamalar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/matrix_view.py" line="219" />
      <source>(no phase)</source>
      <translation>(aşamasız)</translation>
    </message>
  </context>
  <context>
    <name>MergeTargetDialog</name>
    <message>
      <location filename="../../facilitator/ui/directory/merge_dialog.py" line="26" />
      <source>Search…</source>
      <translation>Ara…</translation>
    </message>
  </context>
  <context>
    <name>MinutesVersionsBar</name>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="67" />
      <source>&amp;Version</source>
      <translation>&amp;Sürüm</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="69" />
      <source>&amp;Finalise…</source>
      <translation>Kesinleş&amp;tir…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="72" />
      <source>Freeze the current content as the final minutes: every later export of the final prints exactly this, and later edits open a new draft.</source>
      <translation>Güncel içeriği kesinleşmiş tutanak olarak dondurur: kesinleşmiş tutanağın sonraki her dışa aktarımı tam olarak bunu basar, sonraki düzenlemeler yeni bir taslak açar.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="76" />
      <source>Corrections &amp;due by</source>
      <translation>Düzeltmeler için son &amp;gün</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="123" />
      <source>final</source>
      <translation>kesinleşmiş</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="123" />
      <source>draft</source>
      <translation>taslak</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="144" />
      <source>Current content: new draft v%1</source>
      <translation>Güncel içerik: yeni taslak v%1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="146" />
      <source>Current content: final v%1</source>
      <translation>Güncel içerik: kesinleşmiş v%1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="147" />
      <source>Current content: draft v%1</source>
      <translation>Güncel içerik: taslak v%1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="156" />
      <source>Final. SHA-256 of its content: %1</source>
      <translation>Kesinleşmiş. İçeriğinin SHA-256 özeti: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="161" />
      <source>%n change(s) since the final v%1; the draft lists them.</source>
      <translation>
        <numerusform>Kesinleşmiş v%1 sürümünden bu yana %n değişiklik var; taslak bunları listeler.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="220" />
      <source>Minutes</source>
      <translation>Tutanak</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="232" />
      <source>Finalise the minutes as version %1? Every later export of the final prints exactly this content; later edits open a new draft.</source>
      <translation>Tutanak %1. sürüm olarak kesinleştirilsin mi? Kesinleşmiş tutanağın sonraki her dışa aktarımı tam olarak bu içeriği basar, sonraki düzenlemeler yeni bir taslak açar.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/minutes_versions_bar.py" line="237" />
      <source>Finalise the minutes</source>
      <translation>Tutanağı kesinleştir</translation>
    </message>
  </context>
  <context>
    <name>NewOrganizationDialog</name>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="158" />
      <source>New organization</source>
      <translation>Yeni kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="164" />
      <source>&amp;Name</source>
      <translation>&amp;Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="165" />
      <source>&amp;Short name</source>
      <translation>&amp;Kısa ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="166" />
      <source>S&amp;ector</source>
      <translation>&amp;Sektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="167" />
      <source>Other sector</source>
      <translation>Diğer sektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="168" />
      <source>&amp;City</source>
      <translation>Ş&amp;ehir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="184" />
      <source>Enter the organization's name.</source>
      <translation>Kurumun adını girin.</translation>
    </message>
  </context>
  <context>
    <name>NewPersonDialog</name>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="54" />
      <source>New person</source>
      <translation>Yeni kişi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="67" />
      <source>Type to find it; a new name creates it</source>
      <translation>Aramak için yazın; yeni bir ad yeni kurum oluşturur</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="71" />
      <source>e.g. Neighbourhood association</source>
      <translation>ör. Muhtarlar birliği</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="73" />
      <source>New: added to the directory with this person.</source>
      <translation>Yeni kurum: bu kişiyle birlikte rehbere eklenir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="81" />
      <source>&amp;Honorific</source>
      <translation>&amp;Unvan</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="82" />
      <source>&amp;Given name</source>
      <translation>&amp;Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="83" />
      <source>&amp;Family name</source>
      <translation>&amp;Soyad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="89" />
      <source>&amp;Organization</source>
      <translation>&amp;Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="92" />
      <source>Se&amp;ctor</source>
      <translation>Sek&amp;tör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="93" />
      <source>Other sector</source>
      <translation>Diğer sektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="94" />
      <source>&amp;Position</source>
      <translation>&amp;Görev</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="95" />
      <source>&amp;E-mail</source>
      <translation>&amp;E-posta</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="96" />
      <source>Pho&amp;ne</source>
      <translation>Tele&amp;fon</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/person_form.py" line="107" />
      <source>C&amp;reate</source>
      <translation>&amp;Oluştur</translation>
    </message>
  </context>
  <context>
    <name>NewWorkshopDialog</name>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="93" />
      <source>New workshop</source>
      <translation>Yeni çalıştay</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="96" />
      <source>(no series)</source>
      <translation>(seri yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="115" />
      <source>&amp;Title</source>
      <translation>&amp;Başlık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="116" />
      <source>&amp;Series</source>
      <translation>&amp;Seri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="117" />
      <source>&amp;Date</source>
      <translation>&amp;Tarih</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="118" />
      <source>T&amp;ime</source>
      <translation>Sa&amp;at</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="119" />
      <source>Time zone</source>
      <translation>Saat dilimi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="137" />
      <source>Give the workshop a title.</source>
      <translation>Çalıştaya bir başlık verin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/new_item_dialogs.py" line="139" />
      <source>The workshop must end after it starts.</source>
      <translation>Çalıştayın bitişi başlangıcından sonra olmalıdır.</translation>
    </message>
  </context>
  <context>
    <name>NoteEditor</name>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="72" />
      <source>Choose an agenda item</source>
      <translation>Bir gündem maddesi seçin</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="86" />
      <source>The note as it goes into the minutes</source>
      <translation>Notun tutanağa geçecek hâli</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="89" />
      <source>At most %1 characters. Ctrl+Enter saves, Esc puts back what is stored.</source>
      <translation>En çok %1 karakter. Ctrl+Enter kaydeder, Esc kayıtlı hâline döndürür.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="93" />
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="188" />
      <source>Sa&amp;ve</source>
      <translation>Kayd&amp;et</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="95" />
      <source>Save the changes (Ctrl+Enter)</source>
      <translation>Değişiklikleri kaydet (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="97" />
      <source>Put &amp;back</source>
      <translation>Geri d&amp;öndür</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="98" />
      <source>Forget the changes not yet saved (Esc)</source>
      <translation>Kaydedilmemiş değişiklikleri unut (Esc)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="103" />
      <source>Agenda &amp;item:</source>
      <translation>Gündem maddes&amp;i:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="104" />
      <source>Ti&amp;me:</source>
      <translation>&amp;Saat:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="105" />
      <source>&amp;Kind:</source>
      <translation>N&amp;ot türü:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="106" />
      <source>S&amp;peaker:</source>
      <translation>Kon&amp;uşmacı:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="115" />
      <source>Te&amp;xt:</source>
      <translation>&amp;Metin:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="143" />
      <source>— nobody in particular —</source>
      <translation>— belirli biri değil —</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="170" />
      <source>Select a note to correct it, or several to move them to another agenda item. A note taken on paper: Add a note.</source>
      <translation>Düzeltmek için bir not seçin; başka bir gündem maddesine taşımak için birkaçını. Kâğıda alınmış bir not için: Kâğıda alınmış not ekle.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="179" />
      <source>Correct the note</source>
      <translation>Notu düzelt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="193" />
      <source>A note taken on paper</source>
      <translation>Kâğıda alınmış not</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="199" />
      <source>Sa&amp;ve the new note</source>
      <translation>Yeni notu kayd&amp;et</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="206" />
      <source>%n note(s) selected: choose the agenda item to move them to.</source>
      <translation>
        <numerusform>%n not seçildi: taşınacakları gündem maddesini seçin.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_editor.py" line="213" />
      <source>&amp;Move the notes</source>
      <translation>Notları t&amp;aşı</translation>
    </message>
  </context>
  <context>
    <name>NoteKind</name>
    <message>
      <location filename="../../facilitator/ui/kit/labels.py" line="62" />
      <source>Point</source>
      <translation>Görüş</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/labels.py" line="63" />
      <source>Idea</source>
      <translation>Fikir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/labels.py" line="64" />
      <source>Concern</source>
      <translation>Kaygı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/labels.py" line="65" />
      <source>Question</source>
      <translation>Soru</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/labels.py" line="66" />
      <source>Proposal</source>
      <translation>Öneri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/labels.py" line="67" />
      <source>Quote</source>
      <translation>Alıntı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/labels.py" line="68" />
      <source>Action</source>
      <translation>Yapılacak</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/labels.py" line="69" />
      <source>Parking lot</source>
      <translation>Sonraya bırakılan konu</translation>
    </message>
  </context>
  <context>
    <name>NotesPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="82" />
      <source>Type a note and press Enter (Up: edit the last note)</source>
      <translation>Not yazıp Enter · ↑ son not</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="94" />
      <source>Attribute the next note to… (Enter picks, Esc cancels)</source>
      <translation>Sıradaki not kimin… (Enter seçer, Esc vazgeçer)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="96" />
      <source>No attendee matches “%1”. Enter adds them as a walk-in.</source>
      <translation>“%1” ile eşleşen katılımcı yok. Enter’a basınca kayıtsız gelen olarak eklenir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="111" />
      <source>Notes of this item</source>
      <translation>Bu maddenin notları</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="178" />
      <source>Kind of the next note: Ctrl+1 … Ctrl+8</source>
      <translation>Sıradaki notun türü: Ctrl+1 … Ctrl+8</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="202" />
      <source>%1 added as a walk-in, present.</source>
      <translation>%1 kayıtsız gelen olarak eklendi, geldi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="218" />
      <source>Next note by: %1 (Ctrl+P: someone else)</source>
      <translation>Sıradaki not: %1 (Ctrl+P: başka biri)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="222" />
      <source>Next note by the speaker: %1 (Ctrl+P: someone else)</source>
      <translation>Sıradaki not konuşmacının: %1 (Ctrl+P: başka biri)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="226" />
      <source>Next note: nobody in particular (Ctrl+P: attribute it)</source>
      <translation>Sıradaki not: kimseye bağlı değil (Ctrl+P: birine bağla)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="296" />
      <location filename="../../facilitator/ui/live/notes_panel.py" line="413" />
      <source>note by %1 (marked present)</source>
      <translation>%1 kişisinin notu (geldi olarak işaretlendi)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="324" />
      <source>%1 is now marked present — Ctrl+Z takes the note back.</source>
      <translation>%1 artık geldi olarak işaretli — Ctrl+Z notu geri alır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="372" />
      <source>There is no note to edit yet.</source>
      <translation>Henüz düzenlenecek not yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="379" />
      <source>Editing the last note — Enter saves, Esc cancels</source>
      <translation>Son not düzenleniyor — Enter kaydeder, Esc vazgeçer</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="404" />
      <source>edit note</source>
      <translation>not düzenleme</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="445" />
      <source>Note changed; %1 is now marked present — Ctrl+Z takes back both.</source>
      <translation>Not değiştirildi; %1 artık geldi olarak işaretli — Ctrl+Z ikisini de geri alır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="449" />
      <source>Note changed — Ctrl+Z to undo.</source>
      <translation>Not değişti — geri almak için Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="456" />
      <source>There is no note to delete.</source>
      <translation>Silinecek not yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="471" />
      <source>delete note</source>
      <translation>not silme</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="479" />
      <source>Note deleted: “%1” — Ctrl+Z to undo.</source>
      <translation>Not silindi: “%1” — geri almak için Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="486" />
      <source>There is no note to send to the parking lot.</source>
      <translation>Sonraya bırakılacak not yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="490" />
      <source>parking lot</source>
      <translation>sonraya bırakma</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/notes_panel.py" line="502" />
      <source>Note sent to the parking lot — Ctrl+Z to undo.</source>
      <translation>Not sonraya bırakıldı — geri almak için Ctrl+Z.</translation>
    </message>
  </context>
  <context>
    <name>NotesTab</name>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="116" />
      <source>Find in the notes, speakers, organizations</source>
      <translation>Notlarda, konuşmacılarda, kurumlarda ara</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="136" />
      <source>Add a note &amp;taken on paper</source>
      <translation>Kâğıda alınmış not ek&amp;le</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="118" />
      <source>Sea&amp;rch:</source>
      <translation>&amp;Filtrele:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="138" />
      <source>Delete the selected notes</source>
      <translation>Seçilen notları sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="146" />
      <source>Delete the selected notes (Del); Ctrl+Z brings them back</source>
      <translation>Seçilen notları sil (Del); Ctrl+Z geri getirir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="168" />
      <source>No notes yet. They are taken on the live screen during the session (Ctrl+L); a note taken on paper is added here with “Add a note taken on paper”.</source>
      <translation>Henüz not yok. Notlar oturum sırasında canlı ekranda alınır (Ctrl+L); kâğıda alınmış bir not buraya “Kâğıda alınmış not ekle” ile eklenir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="311" />
      <source>Every kind</source>
      <translation>Her tür</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="318" />
      <source>Every speaker</source>
      <translation>Her konuşmacı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="320" />
      <source>No speaker recorded</source>
      <translation>Konuşmacısı kaydedilmemiş</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="324" />
      <source>Every organization</source>
      <translation>Her kurum</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="354" />
      <source>%n note(s)</source>
      <translation>
        <numerusform>%n not</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="356" />
      <source>%1 of %n note(s) shown</source>
      <translation>
        <numerusform>%n nottan %1 tanesi gösteriliyor</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="585" />
      <source>Delete %n note(s)</source>
      <translation>
        <numerusform>%n notu sil</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="619" />
      <source>Move %n note(s) to “%1”</source>
      <translation>
        <numerusform>%n notu “%1” maddesine taşı</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="493" />
      <source>Correct the note “%1”</source>
      <translation>“%1” notunu düzelt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="537" />
      <source>Add the note “%1”</source>
      <translation>“%1” notunu ekle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tab.py" line="583" />
      <source>Delete the note “%1”</source>
      <translation>“%1” notunu sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tree_model.py" line="94" />
      <source>Time</source>
      <translation>Saat</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tree_model.py" line="95" />
      <source>Kind</source>
      <translation>Tür</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tree_model.py" line="96" />
      <source>Speaker</source>
      <translation>Konuşmacı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/notes_tree_model.py" line="97" />
      <source>Note</source>
      <translation>Not</translation>
    </message>
  </context>
  <context>
    <name>OrganizationsPane</name>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="563" />
      <source>Search organizations by name, short name, city…</source>
      <translation>Kurumlarda ad, kısa ad, şehir ile arayın…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="564" />
      <source>&amp;Add organization…</source>
      <translation>Kurum &amp;ekle…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="570" />
      <source>What kind of organization it is</source>
      <translation>Nasıl bir kurum olduğu</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="574" />
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="575" />
      <source>Short name</source>
      <translation>Kısa ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="576" />
      <source>Sector</source>
      <translation>Sektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="577" />
      <source>Other sector</source>
      <translation>Diğer sektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="578" />
      <source>City</source>
      <translation>Şehir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="579" />
      <source>Website</source>
      <translation>Web sitesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="615" />
      <source>name</source>
      <translation>ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="616" />
      <source>short name</source>
      <translation>kısa ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="617" />
      <source>sector</source>
      <translation>sektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="618" />
      <source>other sector</source>
      <translation>diğer sektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="619" />
      <source>city</source>
      <translation>şehir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="620" />
      <source>website</source>
      <translation>web sitesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="630" />
      <source>Cannot add the organization</source>
      <translation>Kurum eklenemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="640" />
      <source>Delete %1 from the directory?</source>
      <translation>%1 rehberden silinsin mi?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="641" />
      <source>Delete organization</source>
      <translation>Kurumu sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="647" />
      <source>Cannot delete the organization</source>
      <translation>Kurum silinemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="660" />
      <location filename="../../facilitator/ui/directory/directory_page.py" line="672" />
      <source>Merge organization</source>
      <translation>Kurumu birleştir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="662" />
      <source>Choose the entry that %1 is the same organization as. Its people, attendees, commitments and workshops move to it, and %1 leaves the directory.</source>
      <translation>%1 ile aynı kurum olan kaydı seçin. Kişileri, katılımcıları, taahhütleri ve çalıştayları o kayda geçer; %1 rehberden çıkar.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="673" />
      <source>Merge %1 into %2? This cannot be undone.</source>
      <translation>%1, %2 kaydıyla birleştirilsin mi? Bu işlem geri alınamaz.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="681" />
      <source>Cannot merge</source>
      <translation>Birleştirilemedi</translation>
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="94" />
      <source>from</source>
      <translation>başlangıç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="96" />
      <source>to</source>
      <translation>bitiş</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="112" />
      <source>&amp;Venue</source>
      <translation>&amp;Mekân</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="115" />
      <source>&amp;Moderator</source>
      <translation>M&amp;oderatör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="104" />
      <source>Guiding &amp;question</source>
      <translation>Yol g&amp;österici soru</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="101" />
      <source>Se&amp;ries</source>
      <translation>&amp;Seri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="102" />
      <source>Num&amp;ber in series</source>
      <translation>Serideki s&amp;ıra no</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="103" />
      <source>T&amp;itle</source>
      <translation>Baş&amp;lık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="105" />
      <source>Da&amp;y and time</source>
      <translation>Tarih &amp;ve saat</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="108" />
      <source>Time zone</source>
      <translation>Saat dilimi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="113" />
      <source>Venue address</source>
      <translation>Mekân adr&amp;esi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="114" />
      <source>Host organi&amp;zation</source>
      <translation>Ev sa&amp;hibi kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="116" />
      <source>Language</source>
      <translation>D&amp;il</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="117" />
      <source>S&amp;tatus</source>
      <translation>D&amp;urum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="118" />
      <source>Ob&amp;jectives</source>
      <translation>Hede&amp;fler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="201" />
      <source>(no series)</source>
      <translation>(seri yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="205" />
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="209" />
      <source>(none)</source>
      <translation>(yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="312" />
      <source>The session has started: its times are kept as recorded; another zone only shows them on other clocks.</source>
      <translation>Oturum başladı: saatleri kaydedildiği gibi kalır; başka bir saat dilimi onları yalnızca başka saatlerle gösterir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="316" />
      <source>Another zone keeps the planned clock times (%1 stays %1).</source>
      <translation>Başka bir saat dilimi planlanan saatleri korur (%1 yine %1 olur).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="323" />
      <source>series</source>
      <translation>seri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="324" />
      <source>number in series</source>
      <translation>serideki sıra no</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="325" />
      <source>title</source>
      <translation>başlık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="326" />
      <source>guiding question</source>
      <translation>yol gösterici soru</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="327" />
      <source>date and time</source>
      <translation>tarih ve saat</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="328" />
      <source>time zone</source>
      <translation>saat dilimi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="329" />
      <source>venue</source>
      <translation>mekân</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="330" />
      <source>venue address</source>
      <translation>mekân adresi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="331" />
      <source>host organization</source>
      <translation>ev sahibi kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="332" />
      <source>moderator</source>
      <translation>moderatör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="333" />
      <source>language</source>
      <translation>dil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="334" />
      <source>status</source>
      <translation>durum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="335" />
      <source>objectives</source>
      <translation>hedefler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="349" />
      <source>No workshop is open.</source>
      <translation>Açık bir çalıştay yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="376" />
      <location filename="../../facilitator/ui/workshop/overview_tab.py" line="414" />
      <source>Change the %1</source>
      <translation>%1 değişikliği</translation>
    </message>
  </context>
  <context>
    <name>PeoplePane</name>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="367" />
      <source>Search people by name, organization, e-mail…</source>
      <translation>Kişilerde ad, kurum, e-posta ile arayın…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="368" />
      <source>&amp;Add person…</source>
      <translation>Kişi &amp;ekle…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="380" />
      <source>Contact details may appear in documents</source>
      <translation>İletişim bilgileri belgelerde yer alabilir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="385" />
      <source>not given</source>
      <translation>verilmedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="387" />
      <source>Honorific</source>
      <translation>Unvan</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="388" />
      <source>Given name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="389" />
      <source>Family name</source>
      <translation>Soyad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="390" />
      <source>Position</source>
      <translation>Görev</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="391" />
      <source>Organization</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="392" />
      <source>E-mail</source>
      <translation>E-posta</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="393" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="395" />
      <source>Data-processing consent given on</source>
      <translation>Kişisel veri işleme onay tarihi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="404" />
      <source>Workshops</source>
      <translation>Çalıştaylar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="425" />
      <source>(none)</source>
      <translation>(yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="440" />
      <source>Not in any workshop yet</source>
      <translation>Henüz hiçbir çalıştayda yok</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="460" />
      <source>honorific</source>
      <translation>unvan</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="461" />
      <source>given name</source>
      <translation>ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="462" />
      <source>family name</source>
      <translation>soyad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="463" />
      <source>position</source>
      <translation>görev</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="464" />
      <source>organization</source>
      <translation>kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="465" />
      <source>e-mail address</source>
      <translation>e-posta adresi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="466" />
      <source>phone number</source>
      <translation>telefon numarası</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="467" />
      <source>contact consent</source>
      <translation>iletişim onayı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="468" />
      <source>consent date</source>
      <translation>onay tarihi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="488" />
      <source>Add %1</source>
      <translation>Ekleme — %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="498" />
      <source>Cannot add the person</source>
      <translation>Kişi eklenemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="508" />
      <source>Delete %1 from the directory?</source>
      <translation>%1 rehberden silinsin mi?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="509" />
      <source>Delete person</source>
      <translation>Kişiyi sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="515" />
      <source>Cannot delete the person</source>
      <translation>Kişi silinemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="526" />
      <location filename="../../facilitator/ui/directory/directory_page.py" line="538" />
      <source>Merge person</source>
      <translation>Kişiyi birleştir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="528" />
      <source>Choose the entry that %1 is the same person as. Their workshops, notes, positions and commitments move to it, and %1 leaves the directory.</source>
      <translation>%1 ile aynı kişi olan kaydı seçin. Çalıştayları, notları, görüşleri ve taahhütleri o kayda geçer; %1 rehberden çıkar.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="539" />
      <source>Merge %1 into %2? This cannot be undone.</source>
      <translation>%1, %2 kaydıyla birleştirilsin mi? Bu işlem geri alınamaz.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/directory_page.py" line="547" />
      <source>Cannot merge</source>
      <translation>Birleştirilemedi</translation>
    </message>
  </context>
  <context>
    <name>PersonalData</name>
    <message>
      <location filename="../../facilitator/services/personal_data.py" line="268" />
      <source>Participant {number}</source>
      <translation>Katılımcı {number}</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/personal_data.py" line="332" />
      <source>On a database server the old details may stay in the server's files, its write-ahead log and its backups until its administrator runs maintenance (VACUUM FULL).</source>
      <translation>Veritabanı sunucusunda eski bilgiler, sunucunun yöneticisi bakım (VACUUM FULL) çalıştırana kadar sunucunun dosyalarında, önceden yazma günlüğünde (WAL) ve yedeklerinde kalabilir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/personal_data.py" line="349" />
      <source>Facilitator ran VACUUM on the tables that held them.</source>
      <translation>Facilitator, bu bilgileri tutan tablolarda VACUUM çalıştırdı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/personal_data.py" line="351" />
      <source>Facilitator could not run VACUUM on the tables that held them: only their owner may.</source>
      <translation>Facilitator, bu bilgileri tutan tablolarda VACUUM çalıştıramadı: bunu yalnızca tabloların sahibi yapabilir.</translation>
    </message>
  </context>
  <context>
    <name>PersonalDataPanel</name>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="31" />
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="50" />
      <source>Export personal data</source>
      <translation>Kişisel verileri dışa aktar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="33" />
      <source>JSON file (*.json)</source>
      <translation>JSON dosyası (*.json)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="44" />
      <location filename="../../facilitator/ui/directory/personal_data_panel.py" line="37" />
      <source>Personal data</source>
      <translation>Kişisel veriler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="63" />
      <source>Cannot write %1: %2</source>
      <translation>%1 yazılamadı: %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="76" />
      <source>Anonymise person</source>
      <translation>Kişiyi anonimleştir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="77" />
      <source>Anonymise %1? Their name and contact details are replaced by “%2” for good; their notes, positions, ideas, dots and commitments stay under that name. This cannot be undone. Backups made before now still hold the old details.</source>
      <translation>Şu kişi anonimleştirilsin mi: %1? Adı ve iletişim bilgileri kalıcı olarak “%2” ile değiştirilir; notları, tutumları, fikirleri, noktaları ve taahhütleri bu adla kalır. Bu işlem geri alınamaz. Bundan önce alınmış yedeklerde eski bilgiler durmaya devam eder.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="110" />
      <source>%1 is anonymised.</source>
      <translation>Kişi anonimleştirildi (%1).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="123" />
      <source>%1

Try to erase the old details again now?</source>
      <translation>%1

Eski bilgiler şimdi yeniden silinmeye çalışılsın mı?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_actions.py" line="146" />
      <source>The old details stay in the database file until they are erased: close the program reading the file, then choose Anonymise for this person again.</source>
      <translation>Eski bilgiler silinene kadar veritabanı dosyasında kalır: dosyayı okuyan programı kapatın, sonra bu kişi için yeniden Anonimleştir'i seçin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_panel.py" line="45" />
      <source>E&amp;xport data…</source>
      <translation>&amp;Verileri dışa aktar…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_panel.py" line="47" />
      <source>Everything kept about this person, as a JSON file to hand to them</source>
      <translation>Bu kişi hakkında tutulan her şey; kişiye verilecek bir JSON dosyası olarak</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_panel.py" line="50" />
      <source>A&amp;nonymise…</source>
      <translation>Anoni&amp;mleştir…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_panel.py" line="52" />
      <source>Replace name and contact details with a placeholder, for good</source>
      <translation>Adı ve iletişim bilgilerini kalıcı olarak bir yer tutucuyla değiştir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_panel.py" line="55" />
      <source>Re&amp;tention…</source>
      <translation>Saklama s&amp;üresi…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/personal_data_panel.py" line="57" />
      <source>People not seen in any workshop for more than a number of years</source>
      <translation>Belirli bir yıldan uzun süredir hiçbir çalıştaya katılmamış kişiler</translation>
    </message>
  </context>
  <context>
    <name>PhasesPanel</name>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="363" />
      <source>Phases</source>
      <translation>Aşamalar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="370" />
      <source>Title of the phase</source>
      <translation>Aşamanın adı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="373" />
      <source>e.g. %1</source>
      <translation>örn. %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="378" />
      <source>New phase</source>
      <translation>Yeni aşama</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="379" />
      <source>Save phase</source>
      <translation>Aşamayı kaydet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="380" />
      <source>Delete phase</source>
      <translation>Aşamayı sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="385" />
      <source>Title</source>
      <translation>Başlık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="386" />
      <source>Target date</source>
      <translation>Hedef tarih</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="387" />
      <source>Description</source>
      <translation>Açıklama</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="415" />
      <source>no date</source>
      <translation>tarihsiz</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="417" />
      <source>%1 — %2 (%3)</source>
      <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="465" />
      <source>“%1” is not a date; type it like %2.</source>
      <translation>“%1” bir tarih değil; %2 biçiminde yazın.</translation>
    </message>
  </context>
  <context>
    <name>ProjectorConnect</name>
    <message>
      <location filename="../../facilitator/ui/live/projector_connect.py" line="27" />
      <source>Join on your phone</source>
      <translation>Telefonunuzla katılın</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_connect.py" line="35" />
      <source>Nothing opens? On a guest network that keeps devices apart, connect to this laptop's own hotspot instead. No internet is needed.</source>
      <translation>Sayfa açılmıyor mu? Cihazları birbirinden ayıran misafir ağlarında bunun yerine bu bilgisayarın kendi erişim noktasına bağlanın. İnternet gerekmez.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_connect.py" line="60" />
      <source>1. Wi-Fi: %1</source>
      <translation>1. Wi-Fi: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_connect.py" line="62" />
      <source>1. Join this laptop's Wi-Fi network</source>
      <translation>1. Bu bilgisayarın Wi-Fi ağına bağlanın</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_connect.py" line="63" />
      <source>2. Scan the code, or open this address:</source>
      <translation>2. Karekodu okutun ya da şu adresi açın:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_connect.py" line="65" />
      <source>Room code: %1</source>
      <translation>Oda kodu: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_connect.py" line="66" />
      <source>To vote, scan the code on your own badge.</source>
      <translation>Oy vermek için kendi yaka kartınızdaki karekodu okutun.</translation>
    </message>
  </context>
  <context>
    <name>ProjectorWindow</name>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="57" />
      <source>Facilitator — projector</source>
      <translation>Facilitator — projektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="78" />
      <source>Decisions agreed</source>
      <translation>Alınan kararlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="90" />
      <source>REHEARSAL</source>
      <translation>PROVA</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="163" />
      <source>The session has ended</source>
      <translation>Oturum sona erdi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="165" />
      <source>The session will start shortly</source>
      <translation>Oturum birazdan başlayacak</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="170" />
      <source>Speaking: %1</source>
      <translation>Konuşan: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="174" />
      <source>Next: %1</source>
      <translation>Sıradaki: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/projector_window.py" line="177" />
      <source>None yet</source>
      <translation>Henüz yok</translation>
    </message>
  </context>
  <context>
    <name>ProposalPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="88" />
      <source>Proposal</source>
      <translation>Öneri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="116" />
      <source>no quorum</source>
      <translation>yeter sayı yok</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="123" />
      <source>Quorum</source>
      <translation>Yeter sayı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="162" />
      <source>Reason for overriding (Enter saves, Esc cancels)</source>
      <translation>Farklı karar verme gerekçesi (Enter kaydeder, Esc vazgeçer)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="172" />
      <source>Amended wording (Enter saves it and opens the next round)</source>
      <translation>Değiştirilmiş metin (Enter kaydeder ve yeni turu açar)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="233" />
      <source>The proposal stays open until you finish typing (Enter saves, Esc cancels).</source>
      <translation>Yazmayı bitirene kadar öneri açık kalır (Enter kaydeder, Esc vazgeçer).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="239" />
      <source>The proposal panel closed: the agenda item changed.</source>
      <translation>Öneri paneli kapandı: gündem maddesi değişti.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="242" />
      <source>The proposal panel closed: the agenda item changed; Ctrl+D returns to the open round.</source>
      <translation>Öneri paneli kapandı: gündem maddesi değişti; Ctrl+D açık tura geri döner.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="280" />
      <source>Back to the open round on “%1”: close it before the next proposal.</source>
      <translation>“%1” için açık tura dönüldü: sonraki öneriden önce bu turu kapatın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="288" />
      <source>No note yet: type the proposal as a note, then Ctrl+D.</source>
      <translation>Henüz not yok: öneriyi not olarak yazın, sonra Ctrl+D.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="294" />
      <source>This note is already a proposal; here it is.</source>
      <translation>Bu not zaten bir öneri; işte burada.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="299" />
      <source>This note's proposal is already decided; here it is. Type a new note for the next proposal.</source>
      <translation>Bu nottan yapılan öneri zaten karara bağlandı; işte burada. Sonraki öneri için yeni bir not yazın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="319" />
      <source>Proposal made from the last note: %1</source>
      <translation>Son nottan öneri oluşturuldu: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="385" />
      <source>Up/Down method · Tab voice · Enter opens the round · Esc back to notes</source>
      <translation>Yukarı/Aşağı yöntem · Tab ses · Enter turu açar · Esc notlara döner</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="406" />
      <source>Type the counts, Enter saves · Ctrl+Enter closes the round · Ctrl+Delete cancels an empty round · Esc notes</source>
      <translation>Sayıları yazın, Enter kaydeder · Ctrl+Enter turu kapatır · Ctrl+Delete boş turu iptal eder · Esc notlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="413" />
      <source>Enter closes the round · Ctrl+Delete cancels an empty round · Esc back to notes</source>
      <translation>Enter turu kapatır · Ctrl+Delete boş turu iptal eder · Esc notlara döner</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="444" />
      <source>Enter confirms · %1 override with a reason · %2 amend and test again · %3 withdraw · %4 defer · Esc back to notes</source>
      <translation>Enter onaylar · %1 gerekçeyle farklı karar · %2 metni değiştirip yeniden sına · %3 geri çek · %4 ertele · Esc notlara döner</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="430" />
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="576" />
      <source>Decision %1: %2</source>
      <translation>Karar %1: %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="434" />
      <source>Decided · Ctrl+D next proposal · Esc back to notes</source>
      <translation>Karar verildi · Ctrl+D sonraki öneri · Esc notlara döner</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="437" />
      <source>Proposed: %1</source>
      <translation>Önerilen sonuç: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="501" />
      <source>Round open: %1</source>
      <translation>Tur açık: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="523" />
      <source>Round closed; the rule proposes: %1</source>
      <translation>Tur kapandı; kuralın önerdiği sonuç: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="538" />
      <source>Round cancelled; nothing was recorded in it.</source>
      <translation>Tur iptal edildi; turda hiçbir şey kaydedilmemişti.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="563" />
      <source>outcome of “%1”</source>
      <translation>“%1” önerisinin sonucunun belirlenmesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="586" />
      <source>proposal: method, voice; Enter opens the round</source>
      <translation>öneri: yöntem, oy biçimi; Enter turu açar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="587" />
      <source>round: the selected person's position (the row moves on)</source>
      <translation>tur: seçili kişinin görüşü (satır ilerler)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="588" />
      <source>round: clear the selected position</source>
      <translation>tur: seçili görüşü sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="589" />
      <source>round: close it; the rule proposes the outcome</source>
      <translation>tur: kapat; kural sonucu önerir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="590" />
      <source>round: cancel it while empty</source>
      <translation>tur: boşken iptal et</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="591" />
      <source>outcome: confirm the proposed outcome</source>
      <translation>sonuç: önerilen sonucu onayla</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="594" />
      <source>outcome: override · amend · withdraw · defer</source>
      <translation>sonuç: değiştir · metni düzelt · geri çek · ertele</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="596" />
      <source>back to the note field (the panel keeps its state)</source>
      <translation>not alanına dön (panel durumunu korur)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="601" />
      <source>Keys for override, amend, withdraw, defer: O A W D</source>
      <translation>Farklı karar, değiştirme, geri çekme, erteleme tuşları: F D G E</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="617" />
      <source>Up/Down outcome · Tab reason · Enter saves · Esc cancels the override</source>
      <translation>Yukarı/Aşağı sonuç · Tab gerekçe · Enter kaydeder · Esc vazgeçer</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="649" />
      <source>Type the amended wording · Enter saves and opens the next round</source>
      <translation>Değiştirilmiş metni yazın · Enter kaydeder ve yeni turu açar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proposal_panel.py" line="659" />
      <source>Wording amended.</source>
      <translation>Metin değiştirildi.</translation>
    </message>
  </context>
  <context>
    <name>ProxyDialog</name>
    <message>
      <location filename="../../facilitator/ui/live/proxy_dialog.py" line="36" />
      <source>Proxies in the room</source>
      <translation>Odadaki vekâletler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proxy_dialog.py" line="55" />
      <source>Let carry</source>
      <translation>Vekâlet ver</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proxy_dialog.py" line="58" />
      <source>Badge of</source>
      <translation>Yaka kartı sahibi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proxy_dialog.py" line="59" />
      <source>also carries the voice of</source>
      <translation>şu kişinin oyunu da taşısın</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proxy_dialog.py" line="64" />
      <source>Take back</source>
      <translation>Geri al</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proxy_dialog.py" line="73" />
      <source>A badge carrying another voice shows a second set of choices.</source>
      <translation>Başka birinin oyunu taşıyan yaka kartı telefonda ikinci bir seçim takımı gösterir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proxy_dialog.py" line="93" />
      <source>%1 carries the voice of %2</source>
      <translation>%1, %2 adına oy kullanıyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/proxy_dialog.py" line="123" />
      <source>Choose the proxy to take back.</source>
      <translation>Geri alınacak vekâleti seçin.</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="31" />
      <source>&amp;Look in:</source>
      <translation>K&amp;onum:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="32" />
      <source>Files of &amp;type:</source>
      <translation>Dosya &amp;türü:</translation>
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
      <translation>↵</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="44" />
      <source>Esc</source>
      <translation>Esc</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="45" />
      <source>Escape</source>
      <translation>Esc</translation>
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
      <translation>PgDn</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="52" />
      <source>Left</source>
      <translation>←</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="53" />
      <source>Right</source>
      <translation>→</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="54" />
      <source>Up</source>
      <translation>↑</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/qt_strings.py" line="55" />
      <source>Down</source>
      <translation>↓</translation>
    </message>
  </context>
  <context>
    <name>RegisterPage</name>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="146" />
      <source>Search decisions (title, wording, statement)</source>
      <translation>Kararlarda ara (başlık, metin, karar metni)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="152" />
      <source>All outcomes</source>
      <translation>Bütün sonuçlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="206" />
      <source>All workshops</source>
      <translation>Bütün çalıştaylar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="243" />
      <source>No decision matches the search and filters.</source>
      <translation>Aramaya ve süzgeçlere uyan karar yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="246" />
      <source>No decisions yet: proposals decided in this series' workshops (Decisions tab, or Ctrl+D in the live screen) are listed here.</source>
      <translation>Henüz karar yok: bu dizinin çalıştaylarında karara bağlanan öneriler (Kararlar sekmesi ya da canlı ekranda Ctrl+D) burada listelenir.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/decisions/register_page.py" line="251" />
      <source>%n decision(s)</source>
      <translation>
        <numerusform>%n karar</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="253" />
      <source>%1 due for review</source>
      <translation>gözden geçirilecek: %1</translation>
    </message>
  </context>
  <context>
    <name>RegisterTableModel</name>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="88" />
      <location filename="../../facilitator/ui/decisions/register_page.py" line="191" />
      <source>%1 (due)</source>
      <translation>%1 (zamanı geldi)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="101" />
      <source>The review date has come: review this decision.</source>
      <translation>Gözden geçirme tarihi geldi: bu kararı gözden geçirin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="125" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="126" />
      <source>Workshop</source>
      <translation>Çalıştay</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="127" />
      <source>Decision</source>
      <translation>Karar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="128" />
      <source>Outcome</source>
      <translation>Sonuç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="129" />
      <source>Statement</source>
      <translation>Karar metni</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/register_page.py" line="130" />
      <source>Review</source>
      <translation>Gözden geçirme</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="46" />
      <source>Damaged database</source>
      <translation>Hasarlı veritabanı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="52" />
      <source>The database file is damaged and cannot be used safely.</source>
      <translation>Veritabanı dosyası hasarlı; güvenle kullanılamaz.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="56" />
      <source>File: %1</source>
      <translation>Dosya: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="57" />
      <source>Nothing has been written to it.</source>
      <translation>Dosyaya hiçbir şey yazılmadı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="58" />
      <source>Details: %1</source>
      <translation>Ayrıntılar: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="64" />
      <source>The newest verified backup is from %1 at %2.</source>
      <translation>Doğrulanmış en yeni yedek: %1, saat %2.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="70" />
      <source>Restoring puts that backup in place of the damaged file; changes made after it was taken are not in it. The damaged file is kept in the same folder as %1.</source>
      <translation>Geri yükleme, bu yedeği hasarlı dosyanın yerine koyar; yedek alındıktan sonra yapılan değişiklikler onda yoktur. Hasarlı dosya aynı klasörde şu adla saklanır: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="76" />
      <source>There is no verified backup of this file to restore.</source>
      <translation>Bu dosyanın geri yüklenebilecek doğrulanmış bir yedeği yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="92" />
      <source>&amp;Restore the backup</source>
      <translation>Yedeği &amp;geri yükle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/database/restore_dialog.py" line="96" />
      <source>&amp;Quit</source>
      <translation>Çı&amp;k</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="44" />
      <source>never</source>
      <translation>hiç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="47" />
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="50" />
      <source>Organization</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="55" />
      <source>Last workshop</source>
      <translation>Son çalıştay</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="60" />
      <source>Workshops</source>
      <translation>Çalıştaylar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="88" />
      <source>Retention of personal data</source>
      <translation>Kişisel verilerin saklanması</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="93" />
      <source> years</source>
      <translation> yıl</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="96" />
      <source>People not seen in any &amp;workshop for more than</source>
      <translation>Şu süreden uzun zamandır hiçbir ça&amp;lıştaya katılmamış kişiler:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="115" />
      <source>&amp;Anonymise selected…</source>
      <translation>Seçileni &amp;anonimleştir…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/directory/retention_dialog.py" line="136" />
      <source>%n person(s)</source>
      <translation>
        <numerusform>%n kişi</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RoadmapView</name>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="501" />
      <source>Months</source>
      <translation>Aylar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="502" />
      <source>Quarters</source>
      <translation>Çeyrekler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="503" />
      <source>Go to today</source>
      <translation>Bugüne git</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="504" />
      <source>New commitment</source>
      <translation>Yeni taahhüt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="506" />
      <source>Add a commitment straight to this roadmap, not made at a workshop</source>
      <translation>Bir çalıştayda verilmemiş bir taahhüdü doğrudan bu yol haritasına ekle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="526" />
      <source>No commitments on this roadmap yet. Commitments made at the series' workshops (Commitments tab, or Ctrl+T on the live screen) appear here as bars from their start to their due date.</source>
      <translation>Bu yol haritasında henüz taahhüt yok. Serinin çalıştaylarında verilen taahhütler (Taahhütler sekmesi ya da canlı ekranda Ctrl+T) burada başlangıçtan bitiş tarihine uzanan çubuklar olarak görünür.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="544" />
      <source>Zoom:</source>
      <translation>Ölçek:</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="611" />
      <source>of %n organization(s)</source>
      <translation>
        <numerusform>%n kurumdan</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="612" />
      <source>%n commitment(s) %1</source>
      <translation>
        <numerusform>%1 %n taahhüt</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="614" />
      <source>%1 without dates (not drawn)</source>
      <translation>%1 taahhüt tarihsiz (çizilmedi)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="733" />
      <source>add phase %1</source>
      <translation>aşama ekleme: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="750" />
      <source>edit phase %1</source>
      <translation>aşama düzenleme: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="773" />
      <source>delete phase %1</source>
      <translation>aşama silme: %1</translation>
    </message>
  </context>
  <context>
    <name>RoomControl</name>
    <message>
      <location filename="../../facilitator/ui/live/room_control.py" line="119" />
      <source>%1 gave a position again from their phone: %2 (was %3).</source>
      <translation>%1 telefonundan tutumunu yeniden verdi: %2 (önceki: %3).</translation>
    </message>
  </context>
  <context>
    <name>RoomPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="48" />
      <source>Room on phones</source>
      <translation>Telefonlarla oda</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="58" />
      <source>Windows may ask whether Facilitator may use the network: allow it on private networks, or no phone can connect.</source>
      <translation>Windows, Facilitator'ın ağı kullanıp kullanamayacağını sorabilir: özel ağlarda izin verin, yoksa hiçbir telefon bağlanamaz.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="68" />
      <source>Idea box open</source>
      <translation>Fikir kutusu açık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="73" />
      <source>Approve (Enter)</source>
      <translation>Onayla (Enter)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="75" />
      <source>Reject (Del)</source>
      <translation>Reddet (Del)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="80" />
      <source>Proxies…</source>
      <translation>Vekâletler…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="99" />
      <source>Wi-Fi: %1</source>
      <translation>Wi-Fi: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="102" />
      <source>room code %1</source>
      <translation>oda kodu %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="107" />
      <source>Another program uses the room's usual port, so name badges printed before do not open this room: print them again (Documents menu) while it is open, or close that program and open the room again.</source>
      <translation>Odanın her zamanki bağlantı noktasını başka bir program kullanıyor; bu yüzden daha önce basılan yaka kartları bu odayı açmaz. Oda açıkken kartları yeniden basın (Belgeler menüsü) ya da o programı kapatıp odayı yeniden açın.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/live/room_panel.py" line="138" />
      <source>%n idea(s) waiting</source>
      <translation>
        <numerusform>%n fikir bekliyor</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="158" />
      <source>The idea box is open: phones can send ideas.</source>
      <translation>Fikir kutusu açık: telefonlardan fikir gönderilebilir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="160" />
      <source>The idea box is closed.</source>
      <translation>Fikir kutusu kapalı.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="179" />
      <source>On the board: %1</source>
      <translation>Panoda: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/room_panel.py" line="192" />
      <source>The idea stays off the board.</source>
      <translation>Fikir panoya alınmadı.</translation>
    </message>
  </context>
  <context>
    <name>RoundGrid</name>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="314" />
      <source>Reason for the selected position (Enter saves)</source>
      <translation>Seçili görüşün gerekçesi (Enter kaydeder)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="356" />
      <source>Counts only: how many of each the room shows.</source>
      <translation>Yalnızca sayılar: salonda her birinden kaç tane gösterildi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="372" />
      <source>No attendee represents an institution: record the institutions on the Attendees tab, or vote per person or by counts.</source>
      <translation>Katılımcıların hiçbiri bir kurumu temsil etmiyor: kurumlarını Katılımcılar sekmesinde girin ya da kişi başına veya sayılarla oylayın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="378" />
      <source>Nobody attends this workshop yet: add attendees, or use counts only.</source>
      <translation>Bu çalıştayın henüz katılımcısı yok: katılımcı ekleyin ya da yalnızca sayıları kullanın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="413" />
      <source>%1 of %2 gave no position</source>
      <translation>Tutum bildirmeyen: %1 / %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="438" />
      <source>%1: press Enter again to close the round.</source>
      <translation>%1: turu kapatmak için Enter'a yeniden basın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="450" />
      <source>nobody checked in yet</source>
      <translation>henüz giriş kaydı olan yok</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="453" />
      <source>%1 of %2 recorded</source>
      <translation>Kaydedilen: %1 / %2</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="499" />
      <source>position of %1 (marked present)</source>
      <translation>%1 kişisinin tutumu (geldi olarak işaretlendi)</translation>
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
      <translation>%1: %2 — artık geldi olarak işaretli (Ctrl+Z ikisini de geri alır).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="539" />
      <source>%1: %2 — %3 is now marked present (Ctrl+Z takes back both).</source>
      <translation>%1: %2 — %3 artık geldi olarak işaretli (Ctrl+Z ikisini de geri alır).</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="585" />
      <source>%1: cleared</source>
      <translation>%1: silindi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="594" />
      <source>Record a position first, then its reason.</source>
      <translation>Önce görüşü, sonra gerekçesini kaydedin.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="616" />
      <source>Counts saved.</source>
      <translation>Sayılar kaydedildi.</translation>
    </message>
  </context>
  <context>
    <name>RoundGridModel</name>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="85" />
      <source>not checked in</source>
      <translation>giriş kaydı yok</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="86" />
      <source>declined</source>
      <translation>katılmayacağını bildirdi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="87" />
      <source>recorded absent</source>
      <translation>gelmedi olarak kayıtlı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="170" />
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="176" />
      <source>Institution</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="170" />
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="174" />
      <source>Present</source>
      <translation>Salonda</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/decisions/round_grid.py" line="178" />
      <source>Position</source>
      <translation>Görüş</translation>
    </message>
  </context>
  <context>
    <name>SenderSection</name>
    <message>
      <location filename="../../facilitator/ui/settings/sender_settings.py" line="50" />
      <source>Sender of the minutes</source>
      <translation>Tutanağı gönderen</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/sender_settings.py" line="56" />
      <source>e.g. Project coordinator, Kent Gönüllüleri Derneği</source>
      <translation>ör. Proje koordinatörü, Kent Gönüllüleri Derneği</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/sender_settings.py" line="63" />
      <source>&amp;Name</source>
      <translation>&amp;Ad soyad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/sender_settings.py" line="64" />
      <source>&amp;Role</source>
      <translation>Gö&amp;revi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/sender_settings.py" line="65" />
      <source>&amp;E-mail address</source>
      <translation>&amp;E-posta adresi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/sender_settings.py" line="67" />
      <source>They sign the e-mail drafts that send the minutes.</source>
      <translation>Tutanağı gönderen e-posta taslakları bu bilgilerle imzalanır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/sender_settings.py" line="79" />
      <source>“%1” is not an e-mail address that can be used.</source>
      <translation>“%1” kullanılabilir bir e-posta adresi değil.</translation>
    </message>
  </context>
  <context>
    <name>SeriesPage</name>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="64" />
      <source>&amp;Title</source>
      <translation>&amp;Başlık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="65" />
      <source>&amp;Coordinating organization</source>
      <translation>&amp;Koordinatör kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="66" />
      <source>&amp;Description</source>
      <translation>&amp;Açıklama</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="73" />
      <source>Deta&amp;ils</source>
      <translation>&amp;Ayrıntılar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="77" />
      <source>Roadmap</source>
      <translation>Yol haritası</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="79" />
      <source>Contribution matrix</source>
      <translation>Katkı matrisi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="81" />
      <source>Indicators</source>
      <translation>Göstergeler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="83" />
      <source>Decision register</source>
      <translation>Karar sicili</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="114" />
      <source>(none)</source>
      <translation>(yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="147" />
      <source>This series could not be shown</source>
      <translation>Bu seri gösterilemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="189" />
      <source>title</source>
      <translation>başlık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="190" />
      <source>coordinating organization</source>
      <translation>koordinatör kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="191" />
      <source>description</source>
      <translation>açıklama</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="203" />
      <source>Change the %1</source>
      <translation>%1 değişikliği</translation>
    </message>
    <message numerus="yes">
      <location filename="../../facilitator/ui/series/series_page.py" line="226" />
      <source>%n workshop(s)</source>
      <translation>
        <numerusform>%n çalıştay</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_page.py" line="199" />
      <source>No series is open.</source>
      <translation>Açık bir seri yok.</translation>
    </message>
  </context>
  <context>
    <name>SeriesTreeModel</name>
    <message>
      <location filename="../../facilitator/ui/series/series_tree_model.py" line="87" />
      <source>Series and workshops</source>
      <translation>Seriler ve çalıştaylar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series/series_tree_model.py" line="87" />
      <source>Status</source>
      <translation>Durum</translation>
    </message>
  </context>
  <context>
    <name>ServerLink</name>
    <message>
      <location filename="../../facilitator/ui/kit/remote_changes.py" line="72" />
      <source>The connection to the database server is lost: changes cannot be saved until it is back. Facilitator reconnects by itself.</source>
      <translation>Veritabanı sunucusuyla bağlantı koptu: bağlantı geri gelene kadar değişiklikler kaydedilemez. Facilitator kendiliğinden yeniden bağlanır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/kit/remote_changes.py" line="101" />
      <location filename="../../facilitator/ui/kit/remote_changes.py" line="111" />
      <source>Connected to the database server again.</source>
      <translation>Veritabanı sunucusuna yeniden bağlanıldı.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../facilitator/ui/settings/settings_dialog.py" line="20" />
      <source>Settings</source>
      <translation>Ayarlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/settings_dialog.py" line="26" />
      <source>Interface &amp;language</source>
      <translation>Arayüz &amp;dili</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/settings_dialog.py" line="33" />
      <source>Sender</source>
      <translation>Gönderen</translation>
    </message>
  </context>
  <context>
    <name>SheetColumns</name>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="23" />
      <source>Organi&amp;zation</source>
      <translation>K&amp;urum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="24" />
      <source>Posi&amp;tion</source>
      <translation>&amp;Görev</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="25" />
      <source>E-&amp;mail</source>
      <translation>E-&amp;posta</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="26" />
      <source>&amp;Gender</source>
      <translation>&amp;Cinsiyet</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="27" />
      <source>P&amp;hoto consent</source>
      <translation>&amp;Fotoğraf izni</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="28" />
      <source>Signat&amp;ure</source>
      <translation>İ&amp;mza</translation>
    </message>
  </context>
  <context>
    <name>SheetColumnsRow</name>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="57" />
      <source>Columns:</source>
      <translation>Sütunlar:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="66" />
      <source>Printed only for attendees who agreed to share their contact details</source>
      <translation>Yalnızca iletişim bilgilerinin paylaşılmasına izin veren katılımcılar için basılır</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="68" />
      <source>Filled in by each attendee</source>
      <translation>Her katılımcı kendisi doldurur</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/documents/sheet_columns.py" line="69" />
      <source>Each attendee ticks yes or no</source>
      <translation>Her katılımcı evet ya da hayır işaretler</translation>
    </message>
  </context>
  <context>
    <name>SpeakersPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="91" />
      <source>Speakers</source>
      <translation>Konuşmacılar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="93" />
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="171" />
      <source>Nobody is speaking</source>
      <translation>Kimse konuşmuyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="108" />
      <source> s</source>
      <translation> sn</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="109" />
      <source>no limit</source>
      <translation>sınırsız</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="111" />
      <source>First-timers first</source>
      <translation>İlk kez konuşanlar öne</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="112" />
      <source>People who have not spoken yet go to the front</source>
      <translation>Henüz konuşmamış olanlar sıranın önüne geçer</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="116" />
      <source>Turn limit</source>
      <translation>Süre sınırı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="123" />
      <source>Ctrl+S: add an attendee to the queue…</source>
      <translation>Ctrl+S: bir katılımcıyı söz sırasına ekleyin…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="126" />
      <source>No attendee matches “%1”. Enter adds them as a walk-in.</source>
      <translation>“%1” ile eşleşen katılımcı yok. Enter’a basınca kayıtsız gelen olarak eklenir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="177" />
      <source>Next: %1 (Ctrl+N)</source>
      <translation>Sıradaki: %1 (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="179" />
      <source>Nobody is waiting</source>
      <translation>Bekleyen yok</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="211" />
      <source>Time is nearly up</source>
      <translation>Süre dolmak üzere</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="212" />
      <source>Over the time limit</source>
      <translation>Süre aşıldı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="244" />
      <source>Turn limit: %1</source>
      <translation>Söz süresi sınırı: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="246" />
      <source>Turns have no time limit.</source>
      <translation>Söz sürelerinde sınır yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="253" />
      <source>People who have not spoken yet go first.</source>
      <translation>Henüz konuşmamış olanlar öne alınıyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="255" />
      <source>The queue is in the order people asked.</source>
      <translation>Söz sırası, söz isteme sırasına göre.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="290" />
      <source>queue request of %1 (marked present)</source>
      <translation>%1 kişisinin söz isteği (geldi olarak işaretlendi)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="311" />
      <source>%1 is in the queue.</source>
      <translation>%1 söz sırasında.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="313" />
      <source>%1 is in the queue and now marked present — Ctrl+Z takes both back.</source>
      <translation>%1 söz sırasında ve artık geldi olarak işaretli — Ctrl+Z ikisini de geri alır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="342" />
      <source>%1 has the floor.</source>
      <translation>Konuşan: %1.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="344" />
      <source>The turn ended; nobody is waiting.</source>
      <translation>Konuşma bitti; bekleyen yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/speakers_panel.py" line="355" />
      <source>Nobody is speaking.</source>
      <translation>Kimse konuşmuyor.</translation>
    </message>
  </context>
  <context>
    <name>SummaryPanel</name>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="55" />
      <source>The session has ended: %1–%2, %3 min.</source>
      <translation>Oturum sona erdi: %1–%2, %3 dk.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="61" />
      <source>The session has ended.</source>
      <translation>Oturum sona erdi.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="70" />
      <source>None.</source>
      <translation>Yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="75" />
      <source>Agenda items reached: %1 of %2</source>
      <translation>Ulaşılan gündem maddeleri: %2 maddeden %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="81" />
      <source>%1 — %2 min (planned %3)</source>
      <translation>%1 — %2 dk (planlanan %3)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="93" />
      <source>Not reached: %1</source>
      <translation>Ulaşılamayan: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="95" />
      <source>%1 (planned %2 min)</source>
      <translation>%1 (planlanan %2 dk)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="100" />
      <source>Notes: %1</source>
      <translation>Notlar: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="104" />
      <source>Decisions: %1</source>
      <translation>Kararlar: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="113" />
      <source>Commitments: %1</source>
      <translation>Taahhütler: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="122" />
      <source>Speaking time by sector</source>
      <translation>Sektörlere göre konuşma süresi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="125" />
      <source>%1: %2 min (speakers: %3)</source>
      <translation>%1: %2 dk (konuşmacı: %3)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/live/summary_panel.py" line="128" />
      <source>No organization</source>
      <translation>Kurumsuz</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="110" />
      <source>Start from a template</source>
      <translation>Bir şablondan başla</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="123" />
      <source>&amp;Delete template</source>
      <translation>Şablonu &amp;sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="125" />
      <source>&amp;Replace the current agenda</source>
      <translation>Mevcut gündemin &amp;yerine koy</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="126" />
      <source>&amp;Add after the current items</source>
      <translation>Mevcut maddelerin &amp;ardına ekle</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="137" />
      <source>Use template</source>
      <translation>Şablonu kullan</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="164" />
      <source>min</source>
      <translation>dk</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/agenda_dialogs.py" line="168" />
      <source>Total: %1 min</source>
      <translation>Toplam: %1 dk</translation>
    </message>
  </context>
  <context>
    <name>TimeZones</name>
    <message>
      <location filename="../../facilitator/ui/kit/timefmt.py" line="105" />
      <source>%1 time, %2</source>
      <translation>%1 saati, %2</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <location filename="../../facilitator/ui/commitments/timeline_scene.py" line="152" />
      <source>overdue</source>
      <translation>gecikti</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <location filename="../../facilitator/ui/commitments/roadmap_view.py" line="287" />
      <source>Q%1 %2</source>
      <translation>%1. çeyrek %2</translation>
    </message>
  </context>
  <context>
    <name>WorkshopPage</name>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="109" />
      <source>&amp;Overview</source>
      <translation>&amp;Genel bakış</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="235" />
      <source>This workshop could not be shown</source>
      <translation>Bu çalıştay gösterilemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="253" />
      <source>%1. Workshop — </source>
      <translation>%1. Çalıştay — </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="267" />
      <source>host: %1</source>
      <translation>ev sahibi: %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="274" />
      <source>&amp;Attendees %1</source>
      <translation>&amp;Katılımcılar %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="275" />
      <source>A&amp;genda %1</source>
      <translation>G&amp;ündem %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="276" />
      <source>&amp;Notes %1</source>
      <translation>&amp;Notlar %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="277" />
      <source>Ideas %1</source>
      <translation>Fikir &amp;panosu %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="278" />
      <source>&amp;Decisions %1</source>
      <translation>Ka&amp;rarlar %1</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop/workshop_page.py" line="279" />
      <source>&amp;Commitments %1</source>
      <translation>&amp;Taahhütler %1</translation>
    </message>
  </context>
  <context>
    <name>_LogoField</name>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="180" />
      <source>Choose…</source>
      <translation>Seç…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/settings/branding_settings.py" line="182" />
      <source>Remove</source>
      <translation>Kaldır</translation>
    </message>
  </context>
</TS>
