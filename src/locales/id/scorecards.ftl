### Clickline, Indonesian (Bahasa Indonesia).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Daftar dan rapor

lists-title = Tempat pekerja paling dirugikan
lists-among = Di antara pemberi tugas dengan sedikitnya { $min } penilaian.
lists-lowest-pay = Bayaran paling rendah
lists-median-hourly = median { $median } per jam, { $ratings } penilaian
lists-worst-unpaid = Paling sering tidak membayar
lists-unpaid = { $share } tidak dibayar penuh
lists-most-grievances = Pengaduan terbanyak
lists-grievances = { $count } pengaduan
scorecard-on-strike = <strong>Sedang mogok:</strong> pekerja menyerukan mogok terhadap sasaran ini mulai { $date }: “{ $title }”. <a href="/strikes/{ $id }">Jangan ambil pekerjaan ini; baca seruannya</a>.
scorecard-title = Rapor
scorecard-caption = Apa yang dilaporkan pekerja (angka dihitung pada { $date }; <a href="/methodology">caranya</a>)
scorecard-col-figure = Angka
scorecard-col-all = Sepanjang waktu
scorecard-col-recent = 90 hari terakhir
scorecard-monthly = Bulan demi bulan
scorecard-monthly-caption = Median bayaran per jam setiap bulan selama 12 bulan terakhir; bulan dengan penilaian lebih sedikit dari batas publikasi Clickline tidak ditampilkan.
scorecard-chart-figures = Angka-angka grafik
scorecard-col-month = Bulan
scorecard-col-ratings = Penilaian
scorecard-col-median = Median bayaran per jam
scorecard-col-unpaid = Tidak dibayar penuh
scorecard-by-country = Per negara
scorecard-col-workers-in = Pekerja di
scorecard-no-countries = Data belum cukup: negara hanya ditampilkan bila cukup banyak pekerja yang melapor, supaya tidak ada yang bisa dikenali.
scorecard-grievances = Pengaduan
scorecard-no-grievances = Tidak ada pengaduan yang dilaporkan.
scorecard-other-countries = Negara lain digabung
scorecard-too-few = terlalu sedikit untuk ditampilkan
scorecard-spread = { $median } (separuh tengah { $low }–{ $high })
scorecard-days = { $days } hari
trend-title = Median bayaran per jam setiap bulan: { $name }
trend-description = Median bayaran per jam dalam dolar AS untuk setiap 12 bulan terakhir; tabel di bawah memuat angka yang sama.
figure-ratings = Penilaian
figure-hourly-usd = Bayaran per jam (US$)
figure-hourly-eur = Bayaran per jam (€)
figure-below-minimum-wage = Dibayar di bawah upah minimum resmi pekerja
figure-unpaid = Tidak dibayar atau dibayar sebagian
figure-rejected = Pekerjaan ditolak
figure-wait = Median lama menunggu bayaran
figure-answered = Membalas pesan pekerja
figure-recommend = Direkomendasikan pekerja
figure-tos = Tugas melanggar aturan platform
figure-broken = Tugas rusak
stars-pay = Bayaran
stars-payment-reliability = Keandalan pembayaran
stars-evaluation = Penilaian kerja dan penolakan
stars-communication = Komunikasi
stars-task-quality = Mutu tugas
stars-of-five = { $stars } dari 5

## Metodologi

title-methodology = Cara Clickline menghitung angkanya
method-lead = Setiap angka di Clickline berasal dari laporan pekerja, dihitung dengan cara yang sama untuk setiap pemberi tugas dan platform. Inilah caranya secara persis, supaya Anda bisa memeriksa dan mengutipnya.
method-figures = Angka-angka
method-figures-intro = Angka hanya menghitung penilaian yang terlihat: laporan yang ditarik penulisnya atau disembunyikan moderator tidak dihitung. Setiap angka ditampilkan untuk sepanjang waktu dan untuk 90 hari terakhir (hari ini dan 89 hari sebelumnya). Angka yang tidak punya bahan hitungan menampilkan “data belum cukup”, tidak pernah 0.
method-hourly = Bayaran per jam
method-hourly-def = Bayaran untuk pekerjaan ÷ lama pengerjaan dalam menit (termasuk persiapan tak dibayar, seperti dilaporkan pekerja) × 60, dikonversi ke dolar AS dan euro dengan tabel kurs di bawah. Kami menampilkan median dan separuh tengah (persentil ke-25 sampai ke-75). Median dari jumlah penilaian yang genap adalah rata-rata dua nilai tengah; persentil diinterpolasi secara linear di antara peringkat terdekat.
method-below-min = Dibayar di bawah upah minimum
method-below-min-def = Bagian penilaian yang bayaran per jamnya di bawah upah minimum resmi per jam di negara pekerja (tabel di bawah), di antara penilaian dari negara yang ada di tabel.
method-unpaid = Tidak dibayar atau dibayar sebagian
method-unpaid-def = Di antara penilaian yang menyebutkan apakah dibayar (ya, sebagian, tidak), bagian yang tidak dibayar penuh. Pembayaran yang masih tertunda tidak dihitung.
method-rejected = Pekerjaan ditolak
method-rejected-def = Bagian penilaian yang sebagian atau seluruh pekerjaannya ditolak.
method-wait = Median lama menunggu bayaran
method-wait-def = Median jumlah hari sampai dibayar, dari penilaian yang menyebutkannya.
method-answered = Pesan dibalas
method-answered-def = Dibalas ÷ (dibalas + tidak dibalas); pekerja yang tidak mencoba menghubungi tidak dihitung.
method-shares = Direkomendasikan, melanggar aturan platform, tugas rusak
method-shares-def = Bagian dari seluruh penilaian.
method-stars = Bintang
method-stars-intro = Setiap bidang mendapat 1 sampai 5 bintang, dibulatkan ke setengah bintang, dari angka sepanjang waktu, begitu sebuah sasaran punya sedikitnya { $min } penilaian:
method-withhold = Apa yang kami tahan untuk melindungi pekerja
method-withhold-groups = Rincian per negara dan per bulan hanya dipublikasikan untuk kelompok dengan sedikitnya { $min } penilaian. Negara yang lebih kecil digabung sebagai “negara lain digabung”, yang juga hanya ditampilkan bila gabungannya mencapai { $min }.
method-withhold-lists = Daftar pemberi tugas terburuk hanya memuat pemberi tugas dengan sedikitnya { $min } penilaian.
method-withhold-day = Laporan hanya mencatat tanggal pengirimannya, tidak pernah jamnya; kami tidak menyimpan alamat IP atau data peramban.
method-fresh = Seberapa baru
method-fresh-def = { $days ->
    [0] Instansi ini mempublikasikan tanpa jeda (pengaturan demo atau uji coba): laporan dihitung beberapa detik setelah dikirim. Secara bawaan Clickline mempublikasikan dalam kelompok harian.
   *[other] Laporan dipublikasikan dalam kelompok harian: laporan yang dikirim pada suatu hari dihitung di rapor, daftar, unduhan, feed, dan peringatan mogok mulai awal hari { $days } hari kemudian (UTC), bersama semua laporan dari hari yang sama sekaligus, sehingga tidak ada halaman yang bisa menunjukkan jam berapa laporan itu dikirim. Perbaikan juga menunggu kelompok berikutnya. Penarikan atau keputusan moderator tampil di mana-mana dalam dua detik.
}
method-rates = Kurs mata uang
method-rates-def = { $count } mata uang, per { $date }. Sumber:
method-wages = Upah minimum
method-wages-def = Tabel per { $date }. Upah minimum per jam adalah jumlah resmi ÷ jumlah jam dalam periode yang dipakai undang-undang (sehari, sebulan).
method-col-country = Negara
method-col-legal = Upah minimum resmi
method-col-hours = Jam
method-col-hourly = Per jam
method-col-hourly-usd = Per jam dalam US$
method-col-since = Sejak
method-col-source = Sumber
method-data = Data terbuka
method-data-def = Rapor tersedia dalam JSON (<code>/api/v1/requesters/{"{"}platform{"}"}/{"{"}id{"}"}</code>, <code>/api/v1/platforms/{"{"}slug{"}"}</code>) dan dalam satu CSV berisi semua pemberi tugas (<code>/api/v1/scorecards.csv</code>), dengan lisensi CC BY 4.0.
title-rating-about = Penilaian tentang { $platform }
title-grievance-about = Pengaduan tentang { $platform }
flag_reason-personal_data = Laporan ini membuka identitas atau data pribadi seseorang
flag_reason-false_or_misleading = Laporan ini tampak palsu atau menyesatkan
flag_reason-abusive = Laporan ini kasar atau berisi kebencian
flag_reason-spam = Laporan ini spam atau iklan
flag_reason-other = Alasan lain
choose-flag_reason = Pilih alasan: { $allowed }.
