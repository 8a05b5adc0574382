<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
  <context>
    <name>About</name>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="22" />
      <source>Run multi-stakeholder workshops offline: attendees, timed agenda, notes, consensus decisions, commitments and minutes.</source>
      <translation>Çok paydaşlı çalıştayları çevrimdışı yürütün: katılımcılar, zamanlı gündem, notlar, uzlaşı kararları, taahhütler ve tutanaklar.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="27" />
      <source>Facilitator is free software under the GNU General Public License, version 3 or later.</source>
      <translation>Facilitator, GNU Genel Kamu Lisansı sürüm 3 veya sonrası kapsamında özgür bir yazılımdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="31" />
      <source>Components and their licences</source>
      <translation>Bileşenler ve lisansları</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/about_dialog.py" line="43" />
      <source>About Facilitator</source>
      <translation>Facilitator hakkında</translation>
    </message>
  </context>
  <context>
    <name>Directory</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="53" />
      <location filename="../../facilitator/ui/directory_page.py" line="78" />
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="56" />
      <source>Organization</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="59" />
      <source>Position</source>
      <translation>Görev</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="62" />
      <source>E-mail</source>
      <translation>E-posta</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="65" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="81" />
      <source>Short name</source>
      <translation>Kısa ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="84" />
      <source>Sector</source>
      <translation>Sektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="87" />
      <source>City</source>
      <translation>Şehir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="90" />
      <source>People</source>
      <translation>Kişi sayısı</translation>
    </message>
  </context>
  <context>
    <name>DirectoryPage</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="390" />
      <source>&amp;People</source>
      <translation>&amp;Kişiler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="391" />
      <source>O&amp;rganizations</source>
      <translation>Ku&amp;rumlar</translation>
    </message>
  </context>
  <context>
    <name>DirectoryPane</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="127" />
      <source>&amp;Delete</source>
      <translation>&amp;Sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="168" />
      <source>%1 of %2</source>
      <translation>%1 / %2</translation>
    </message>
  </context>
  <context>
    <name>EmptyPage</name>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="47" />
      <source>&lt;h2&gt;No workshop yet&lt;/h2&gt;&lt;p&gt;Start by creating a series (a theme with its workshops) or a single workshop. People and organizations you add are kept in the directory for every workshop.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Henüz çalıştay yok&lt;/h2&gt;&lt;p&gt;Bir seri (bir tema ve çalıştayları) ya da tek bir çalıştay oluşturarak başlayın. Eklediğiniz kişiler ve kurumlar her çalıştay için rehberde saklanır.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../facilitator/services/_common.py" line="20" />
      <source>The {what} #{id} no longer exists.</source>
      <translation>{what} #{id} artık mevcut değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="30" />
      <source>{label} must be text.</source>
      <translation>{label} metin olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="35" />
      <source>{label} cannot be empty.</source>
      <translation>{label} boş bırakılamaz.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="39" />
      <source>{label} is too long (at most {n} characters).</source>
      <translation>{label} çok uzun (en fazla {n} karakter).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="50" />
      <source>{label} must be a date and time.</source>
      <translation>{label} bir tarih ve saat olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="54" />
      <source>{label} has no time zone.</source>
      <translation>{label} için saat dilimi yok.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="58" />
      <source>{label} is out of range (years 1900–2200).</source>
      <translation>{label} geçerli aralığın dışında (1900–2200 yılları).</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="69" />
      <source>{value!r} is not a valid {label}.</source>
      <translation>{value!r} geçerli bir {label} değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/_common.py" line="86" />
      <source> and {n} more</source>
      <translation> ve {n} tane daha</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="95" />
      <source>An organization named “{name}” already exists.</source>
      <translation>“{name}” adlı bir kurum zaten var.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="130" />
      <location filename="../../facilitator/services/directory.py" line="171" />
      <location filename="../../facilitator/services/directory.py" line="212" />
      <location filename="../../facilitator/services/directory.py" line="264" />
      <location filename="../../facilitator/services/series.py" line="45" />
      <location filename="../../facilitator/services/workshops.py" line="120" />
      <source>organization</source>
      <translation>kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="185" />
      <source>{n} people</source>
      <translation>{n} kişi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="189" />
      <location filename="../../facilitator/services/directory.py" line="368" />
      <source>{n} commitments</source>
      <translation>{n} taahhüt</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="196" />
      <source>attendees of {n} workshops</source>
      <translation>{n} çalıştayın katılımcıları</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="198" />
      <source>{n} hosted workshops</source>
      <translation>ev sahipliği yaptığı {n} çalıştay</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="200" />
      <source>{n} coordinated series</source>
      <translation>koordine ettiği {n} seri</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="205" />
      <location filename="../../facilitator/services/directory.py" line="367" />
      <source>{n} recorded positions</source>
      <translation>kaydedilmiş {n} görüş</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="216" />
      <source>“{name}” cannot be deleted: {refs} refer to it.</source>
      <translation>“{name}” silinemez; şunlar bu kuruma bağlı: {refs}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="257" />
      <source>“{email}” is not an e-mail address.</source>
      <translation>“{email}” bir e-posta adresi değil.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="272" />
      <source>The consent date must be a date.</source>
      <translation>Onay tarihi bir tarih olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="307" />
      <location filename="../../facilitator/services/directory.py" line="317" />
      <location filename="../../facilitator/services/directory.py" line="379" />
      <location filename="../../facilitator/services/workshops.py" line="125" />
      <source>person</source>
      <translation>kişi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="353" />
      <source>attends {n} workshops</source>
      <translation>{n} çalıştaya katılıyor</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="361" />
      <source>moderates {n} workshops</source>
      <translation>{n} çalıştayın moderatörü</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="365" />
      <source>{n} attributed notes</source>
      <translation>adına kaydedilmiş {n} not</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="366" />
      <source>{n} speaker turns</source>
      <translation>{n} söz alma</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="383" />
      <source>“{name}” cannot be deleted: {refs}.</source>
      <translation>“{name}” silinemez: {refs}.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/series.py" line="81" />
      <location filename="../../facilitator/services/series.py" line="90" />
      <location filename="../../facilitator/services/series.py" line="103" />
      <location filename="../../facilitator/services/workshops.py" line="98" />
      <source>series</source>
      <translation>seri</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/series.py" line="107" />
      <source>“{title}” cannot be deleted: it has {n} workshops. Delete or move them first.</source>
      <translation>“{title}” silinemez: {n} çalıştayı var. Önce onları silin ya da başka seriye taşıyın.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="107" />
      <source>The number in the series must be between 1 and 9999.</source>
      <translation>Serideki sıra numarası 1 ile 9999 arasında olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="130" />
      <source>The language must be Turkish (tr) or English (en).</source>
      <translation>Dil Türkçe (tr) ya da İngilizce (en) olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="144" />
      <source>The workshop must end after it starts.</source>
      <translation>Çalıştayın bitişi başlangıcından sonra olmalıdır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="149" />
      <source>Only a workshop in a series can have a number.</source>
      <translation>Yalnızca bir seriye ait çalıştayın sıra numarası olabilir.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="160" />
      <source>Number {n} is already taken in this series by “{title}”.</source>
      <translation>Bu seride {n} numarası “{title}” tarafından kullanılıyor.</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="232" />
      <location filename="../../facilitator/services/workshops.py" line="249" />
      <location filename="../../facilitator/services/workshops.py" line="311" />
      <location filename="../../facilitator/services/workshops.py" line="330" />
      <source>workshop</source>
      <translation>çalıştay</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <location filename="../../facilitator/services/directory.py" line="89" />
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="102" />
      <source>Short name</source>
      <translation>Kısa ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="106" />
      <source>sector</source>
      <translation>sektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="110" />
      <source>City</source>
      <translation>Şehir</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="114" />
      <source>Website</source>
      <translation>Web sitesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="242" />
      <source>Honorific</source>
      <translation>Unvan</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="243" />
      <source>Given name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="244" />
      <source>Family name</source>
      <translation>Soyad</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="245" />
      <source>Position</source>
      <translation>Görev</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="246" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/directory.py" line="254" />
      <source>E-mail</source>
      <translation>E-posta</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/series.py" line="37" />
      <location filename="../../facilitator/services/workshops.py" line="84" />
      <location filename="../../facilitator/services/workshops.py" line="343" />
      <source>Title</source>
      <translation>Başlık</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/series.py" line="50" />
      <source>Description</source>
      <translation>Açıklama</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="87" />
      <source>Guiding question</source>
      <translation>Yol gösterici soru</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="88" />
      <source>Venue address</source>
      <translation>Mekân adresi</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="89" />
      <source>Objectives</source>
      <translation>Hedefler</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="95" />
      <source>Venue</source>
      <translation>Mekân</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="112" />
      <location filename="../../facilitator/services/workshops.py" line="333" />
      <source>Start</source>
      <translation>Başlangıç</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="113" />
      <source>End</source>
      <translation>Bitiş</translation>
    </message>
    <message>
      <location filename="../../facilitator/services/workshops.py" line="136" />
      <source>status</source>
      <translation>durum</translation>
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
      <translation>Kişiler &amp;&amp; kurumlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="136" />
      <source>&amp;New workshop…</source>
      <translation>&amp;Yeni çalıştay…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="139" />
      <source>New &amp;series…</source>
      <translation>Yeni &amp;seri…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="141" />
      <source>&amp;Quit</source>
      <translation>Çı&amp;kış</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="143" />
      <source>&amp;Duplicate workshop…</source>
      <translation>Çalıştayı ç&amp;oğalt…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="146" />
      <source>De&amp;lete workshop…</source>
      <translation>Çalıştayı si&amp;l…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="149" />
      <source>Delete series…</source>
      <translation>Seriyi sil…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="152" />
      <source>&amp;People and organizations</source>
      <translation>&amp;Kişiler ve kurumlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="155" />
      <source>&amp;Find in directory</source>
      <translation>Rehberde &amp;ara</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="158" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Tercihler…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="163" />
      <source>&amp;About Facilitator</source>
      <translation>Facilitator &amp;hakkında</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="167" />
      <source>&amp;File</source>
      <translation>&amp;Dosya</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="172" />
      <source>&amp;Edit</source>
      <translation>Dü&amp;zen</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="175" />
      <source>&amp;Workshop</source>
      <translation>&amp;Çalıştay</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="181" />
      <source>&amp;Settings</source>
      <translation>&amp;Ayarlar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="183" />
      <source>&amp;Help</source>
      <translation>Yar&amp;dım</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="201" />
      <source>Without series</source>
      <translation>Serisiz</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="205" />
      <source>%1 · %2 workshops</source>
      <translation>%1 · %2 çalıştay</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="298" />
      <source>Cannot create the workshop</source>
      <translation>Çalıştay oluşturulamadı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="306" />
      <source>New series</source>
      <translation>Yeni seri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="306" />
      <source>Title of the series:</source>
      <translation>Serinin başlığı:</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="312" />
      <source>Cannot create the series</source>
      <translation>Seri oluşturulamadı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="332" />
      <source>Duplicate workshop</source>
      <translation>Çalıştayı çoğalt</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="351" />
      <source>Cannot duplicate the workshop</source>
      <translation>Çalıştay çoğaltılamadı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="362" />
      <source>Delete “%1” with its agenda, attendees, notes and decisions? People and organizations stay in the directory.</source>
      <translation>“%1” gündemi, katılımcıları, notları ve kararlarıyla birlikte silinsin mi? Kişiler ve kurumlar rehberde kalır.</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="365" />
      <source>Delete workshop</source>
      <translation>Çalıştayı sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="370" />
      <source>Cannot delete the workshop</source>
      <translation>Çalıştay silinemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="383" />
      <source>Delete series</source>
      <translation>Seriyi sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="384" />
      <source>Delete the series “%1”?</source>
      <translation>“%1” serisi silinsin mi?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="390" />
      <source>Cannot delete the series</source>
      <translation>Seri silinemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="407" />
      <source>Empty database</source>
      <translation>Boş veritabanı</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="409" />
      <source>This database holds no workshop yet. Load the demo series (fictional institutions and people) to look around?</source>
      <translation>Bu veritabanında henüz çalıştay yok. Göz atmak için örnek seri (kurgusal kurumlar ve kişiler) yüklensin mi?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/main_window.py" line="428" />
      <source>Saved ✓</source>
      <translation>Kaydedildi ✓</translation>
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
    <name>OrganizationsPane</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="315" />
      <source>Search organizations by name, short name, city…</source>
      <translation>Kurumlarda ad, kısa ad, şehir ile arayın…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="316" />
      <source>&amp;Add organization…</source>
      <translation>Kurum &amp;ekle…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="325" />
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="326" />
      <source>Short name</source>
      <translation>Kısa ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="327" />
      <source>Sector</source>
      <translation>Sektör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="328" />
      <source>City</source>
      <translation>Şehir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="329" />
      <source>Website</source>
      <translation>Web sitesi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="359" />
      <source>Cannot add the organization</source>
      <translation>Kurum eklenemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="370" />
      <source>Delete %1 from the directory?</source>
      <translation>%1 rehberden silinsin mi?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="371" />
      <source>Delete organization</source>
      <translation>Kurumu sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="376" />
      <source>Cannot delete the organization</source>
      <translation>Kurum silinemedi</translation>
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="69" />
      <source>from</source>
      <translation>başlangıç</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="71" />
      <source>to</source>
      <translation>bitiş</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="76" />
      <source>&amp;Series</source>
      <translation>&amp;Seri</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="77" />
      <source>&amp;Number in series</source>
      <translation>Serideki &amp;sıra no</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="78" />
      <source>&amp;Title</source>
      <translation>&amp;Başlık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="79" />
      <source>&amp;Guiding question</source>
      <translation>&amp;Yol gösterici soru</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="80" />
      <source>&amp;Date and time</source>
      <translation>&amp;Tarih ve saat</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="81" />
      <source>&amp;Venue</source>
      <translation>&amp;Mekân</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="82" />
      <source>Venue &amp;address</source>
      <translation>Mekân &amp;adresi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="83" />
      <source>&amp;Host organization</source>
      <translation>&amp;Ev sahibi kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="84" />
      <source>&amp;Moderator</source>
      <translation>&amp;Moderatör</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="85" />
      <source>&amp;Language</source>
      <translation>&amp;Dil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="86" />
      <source>St&amp;atus</source>
      <translation>D&amp;urum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="87" />
      <source>&amp;Objectives</source>
      <translation>&amp;Hedefler</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="139" />
      <source>(no series)</source>
      <translation>(seri yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/overview_tab.py" line="143" />
      <location filename="../../facilitator/ui/overview_tab.py" line="147" />
      <source>(none)</source>
      <translation>(yok)</translation>
    </message>
  </context>
  <context>
    <name>PeoplePane</name>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="211" />
      <source>Search people by name, organization, e-mail…</source>
      <translation>Kişilerde ad, kurum, e-posta ile arayın…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="212" />
      <source>&amp;Add person…</source>
      <translation>Kişi &amp;ekle…</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="220" />
      <source>Contact details may appear in documents</source>
      <translation>İletişim bilgileri belgelerde yer alabilir</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="225" />
      <source>not given</source>
      <translation>verilmedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="227" />
      <source>Honorific</source>
      <translation>Unvan</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="228" />
      <source>Given name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="229" />
      <source>Family name</source>
      <translation>Soyad</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="230" />
      <source>Position</source>
      <translation>Görev</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="231" />
      <source>Organization</source>
      <translation>Kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="232" />
      <source>E-mail</source>
      <translation>E-posta</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="233" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="235" />
      <source>Data-processing consent given on</source>
      <translation>Kişisel veri işleme onay tarihi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="253" />
      <source>(none)</source>
      <translation>(yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="285" />
      <source>Cannot add the person</source>
      <translation>Kişi eklenemedi</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="296" />
      <source>Delete %1 from the directory?</source>
      <translation>%1 rehberden silinsin mi?</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="297" />
      <source>Delete person</source>
      <translation>Kişiyi sil</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/directory_page.py" line="302" />
      <source>Cannot delete the person</source>
      <translation>Kişi silinemedi</translation>
    </message>
  </context>
  <context>
    <name>SeriesPage</name>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="36" />
      <source>&amp;Title</source>
      <translation>&amp;Başlık</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="37" />
      <source>&amp;Coordinating organization</source>
      <translation>&amp;Koordinatör kurum</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="38" />
      <source>&amp;Description</source>
      <translation>&amp;Açıklama</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="54" />
      <source>(none)</source>
      <translation>(yok)</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_page.py" line="68" />
      <location filename="../../facilitator/ui/series_page.py" line="88" />
      <source>%1 workshops</source>
      <translation>%1 çalıştay</translation>
    </message>
  </context>
  <context>
    <name>SeriesTreeModel</name>
    <message>
      <location filename="../../facilitator/ui/series_tree_model.py" line="86" />
      <source>Series and workshops</source>
      <translation>Seriler ve çalıştaylar</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/series_tree_model.py" line="86" />
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
    <name>WorkshopPage</name>
    <message>
      <location filename="../../facilitator/ui/workshop_page.py" line="34" />
      <source>&amp;Overview</source>
      <translation>&amp;Genel bakış</translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop_page.py" line="54" />
      <source>%1. Workshop — </source>
      <translation>%1. Çalıştay — </translation>
    </message>
    <message>
      <location filename="../../facilitator/ui/workshop_page.py" line="63" />
      <source>host: %1</source>
      <translation>ev sahibi: %1</translation>
    </message>
  </context>
</TS>
