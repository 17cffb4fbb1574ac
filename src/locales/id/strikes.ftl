### Clickline, Indonesian (Bahasa Indonesia).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Mogok dan kanal

title-strikes = Mogok
title-pledge = Janji
title-pledged = Terima kasih atas janji Anda
title-undercut = Laporkan pematahan mogok
title-channels = Kanal negara
title-channel = Kanal { $country }
strike-closed = Mogok ini tidak menerima janji lagi.
undercut-recorded = Laporan pematahan mogok Anda dicatat tanpa nama. Pengorganisir bisa melihat di mana mogok ini bocor.
alert-message-requesters = Pekerja di { $countries } mogok mulai { $date } terhadap { $requesters } di { $platform }: jangan ambil tugas mereka.
alert-message-company = Pekerja di { $countries } mogok mulai { $date } terhadap { $company } di { $platform }: jangan ambil tugasnya.
alert-message-platform = Pekerja di { $countries } mogok mulai { $date } terhadap seluruh { $platform }: jangan ambil tugas apa pun darinya.
# $language adalah nama bahasa dalam bahasanya sendiri, seperti "Bahasa Indonesia".
strike-text-in = Dalam { $language }
strike-text-original = Asli, dalam { $language }
strike-other-languages = Juga tersedia dalam:
strike-against = Terhadap
strike-requesters = pemberi tugas
strike-called-in = diserukan di
strike-from = mulai { $from }
strike-from-to = dari { $from } sampai { $to }
strike-demands = Tuntutan
strike-map-title = Di mana solidaritas diminta, dijanjikan, dan bocor
strike-col-asked = Diminta
strike-col-pledges = Janji
strike-col-undercuts = Laporan pematahan mogok
strike-asked-called = mogok diserukan
strike-asked-solidarity = solidaritas diminta
strike-asked-not_asked = tidak diminta
fewer-than = kurang dari { $n }
strike-leaking = (bocor)
strike-no-countries = Belum ada negara.
strike-timeline = Linimasa
pledge-title = Berjanji tidak mengambil pekerjaan ini
pledge-lead = Tanpa nama: kami hanya menghitung janji per negara. Anda mendapat kode tanda terima untuk menariknya.
pledge-submit = Saya berjanji tidak mengambil pekerjaan ini
undercut-title = Melihat pekerjaan ini tetap dikerjakan atau dipindahkan ke tempat lain?
undercut-country = Negara tempat Anda melihatnya
undercut-choose-country = Pilih negara
undercut-platform = Platform tempat pekerjaan itu ditawarkan
undercut-platform-optional = (tidak wajib, slug)
undercut-note = Apa yang Anda lihat
undercut-submit = Laporkan pematahan mogok
strike-manage-title = Pengorganisir: ubah status
save = Simpan
strikes-lead = Seruan mogok dari organisasi pekerja. Kalau pekerja mogok terhadap suatu pekerjaan di satu negara, jangan ambil pekerjaan itu di negara lain.
strikes-find-channel = Cari kanal negara Anda
atom-feed = Feed Atom
strikes-none = Belum ada seruan mogok.
pledged-lead = Janji Anda untuk “{ $title }” sudah disimpan. Janji dihitung dalam kelompok harian, jadi tidak ada hitungan yang menunjukkan kapan Anda berjanji.
pledged-keep = Id janji: <code>{ $pledge }</code>. Simpan keduanya kalau nanti Anda mungkin ingin menarik janji di <a href="/receipt?id={ $pledge }">/receipt</a> (atau lewat API: <code>DELETE /api/v1/strikes/{ $strike }/pledges/{ $pledge }</code> dengan <code>Authorization: Receipt &lt;code&gt;</code>). Kami tidak akan menampilkan kodenya lagi.
pledged-back = Kembali ke halaman mogok
channel-languages = Baca kanal ini dalam:
channel-reports-here = Laporan dari pekerja di sini:
channel-ratings-fewer = kurang dari { $n } penilaian
channel-ratings = { $n } penilaian
channel-grievances-fewer = kurang dari { $n } pengaduan
channel-grievances = { $n } pengaduan
channel-alerts = Peringatan solidaritas
channel-no-alerts = Tidak ada peringatan untuk pekerja di { $country }.
channel-strikes-here = Mogok yang diserukan di sini
channel-none-now = Tidak ada saat ini.
channel-announcements = Pengumuman
channel-no-announcements = Tidak ada pengumuman.
channel-post-title = Pasang pengumuman
channel-post-body = Pengumuman (Markdown)
channel-post-submit = Pasang
channels-lead = Setiap negara punya kanal: mogok yang diserukan di sana, peringatan dari mogok di tempat lain yang pekerjaannya bisa dialihkan ke Anda, dan kabar dari pengorganisir Anda.
channels-none = Belum ada kegiatan.
