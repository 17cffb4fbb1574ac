### Clickline, Indonesian (Bahasa Indonesia).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Tanggal

month-1 = Januari
month-2 = Februari
month-3 = Maret
month-4 = April
month-5 = Mei
month-6 = Juni
month-7 = Juli
month-8 = Agustus
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Desember
# Nama bulan di dalam tanggal lengkap (bahasa Indonesia tidak mengubah bentuknya).
month-of-day-1 = Januari
month-of-day-2 = Februari
month-of-day-3 = Maret
month-of-day-4 = April
month-of-day-5 = Mei
month-of-day-6 = Juni
month-of-day-7 = Juli
month-of-day-8 = Agustus
month-of-day-9 = September
month-of-day-10 = Oktober
month-of-day-11 = November
month-of-day-12 = Desember
# $day, $month (nama di atas), $year
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }

## Pesan validasi, untuk formulir dan API

invalid-country-empty = Pilih negara.
invalid-country = '{ $value }' bukan kode negara ISO 3166-1 (dua huruf, seperti PH, KE atau FR).
invalid-currency-empty = Pilih mata uang bayaran Anda.
invalid-currency = '{ $value }' bukan kode mata uang ISO 4217 (tiga huruf, seperti USD, EUR atau PHP).
invalid-currency-no-rate = Clickline belum punya kurs untuk { $code }; tolong tulis jumlahnya dalam USD atau EUR.
invalid-amount-empty = Tulis jumlahnya (0 kalau Anda tidak dibayar sama sekali).
invalid-amount = '{ $value }' bukan jumlah uang; tulis seperti 1.25.
invalid-amount-too-large = Jumlah itu terlalu besar.
invalid-receipt = Kode tanda terima terdiri dari 16 huruf dan angka, seperti ABCD-EFGH-JKMN-PQRS.
invalid-platform-empty = Pilih platform tempat Anda menemukan pekerjaan ini.
invalid-platform = '{ $value }' bukan slug platform; lihat daftarnya di /platforms.
invalid-platform-unknown = Clickline tidak mengenal platform '{ $value }'. Pilih dari daftar di /platforms (yang dikenal: { $known }); kalau platform Anda tidak ada, pilih yang paling mirip dan sebutkan namanya di teks Anda.
invalid-requester-id-empty = Tulis id pemberi tugas persis seperti yang ditampilkan platform.
invalid-requester-id-long = Id pemberi tugas paling banyak { $max } karakter.
invalid-requester-id-char = Id pemberi tugas tidak boleh berisi '{ $char }'; pakai hanya huruf, angka dan - _ . ~ @ + :.
invalid-requester-id-for-name = Tulis juga id pemberi tugas, supaya nama itu dipasang pada pemberi tugas yang benar.
invalid-requester-name-long = Nama pemberi tugas paling banyak 200 karakter.
invalid-report-id = Itu bukan id laporan Clickline.
invalid-month = '{ $value }' bukan bulan; tulis sebagai YYYY-MM, seperti 2025-03.
invalid-month-future = Bulan itu belum tiba.
invalid-month-early = Pilih bulan mulai tahun 2000.
invalid-minutes-empty = Tulis berapa menit pekerjaan ini makan waktu, termasuk persiapan yang tidak dibayar.
invalid-minutes = '{ $value }' bukan jumlah menit yang bulat.
invalid-minutes-range = Tulis berapa menit pekerjaan ini makan waktu, dari 1 sampai 1440 (satu hari penuh).
invalid-description-length = Ceritakan apa yang terjadi dalam 20 sampai 10000 karakter.
invalid-text-long = Paling banyak { $max } karakter; teks ini { $chars } karakter.
invalid-yes-no = '{ $value }' bukan ya atau tidak (true/false).
say-whether-recommend = Jawab apakah Anda akan merekomendasikan pemberi tugas ini.
say-whether-tos_violation = Jawab apakah tugas ini melanggar aturan platform.
say-whether-broken = Jawab apakah tugas ini rusak.
invalid-whole-number-range = Tulis bilangan bulat dari { $min } sampai { $max }.
invalid-whole-number = '{ $value }' bukan bilangan bulat.
invalid-body-not-object = Isi permintaan harus berupa objek JSON.
invalid-body-json = Isi permintaan bukan JSON yang sah: { $detail }.
invalid-body-utf8 = Isi permintaan bukan teks UTF-8: { $detail }.
invalid-body-unreadable = Permintaan tidak bisa dibaca; kirim sebuah objek JSON.
invalid-not-single-value = Harus berupa satu nilai (string, angka atau true/false), bukan daftar atau objek.
invalid-unknown-field = Kolom tidak dikenal.
invalid-bulk-ids-empty = Tulis id pemberi tugas, dipisahkan dengan koma.
invalid-bulk-ids-many = Paling banyak { $max } id per permintaan.
invalid-fields-unknown = Kolom tidak dikenal: { $names }. Tulis kolom rapor atau bagiannya, seperti held_for_review atau all.ratings (lihat /api/v1/openapi.json).
invalid-platform-unknown-short = Clickline tidak mengenal platform ini; lihat /platforms.
invalid-email = Tulis alamat email seperti name@example.org.
invalid-organizer-name = Tulis nama sepanjang 1 sampai 100 karakter.
invalid-organizer-countries = Tulis negara tempat pengorganisir ini bekerja, seperti FR,DE.
invalid-organizer-exists = Sudah ada pengorganisir dengan email ini.
invalid-submission-key = Kunci pengiriman terdiri dari 16 sampai 128 huruf, angka, - atau _.

## Kosakata tertutup: <kind>-<wire name> adalah label, choose-<kind> dan
## unknown-<kind> adalah pesan bila nilainya kosong atau tidak dikenal.

choose-task_type = Pilih jenis tugas.
unknown-task_type = '{ $value }' bukan jenis tugas yang dikenal; pakai salah satu dari: { $allowed }.
task_type-survey = Survei
task_type-transcription = Transkripsi
task_type-tagging = Penandaan / pelabelan
task_type-moderation = Moderasi konten
task_type-data_entry = Entri data
task_type-writing = Menulis
task_type-testing = Pengujian
task_type-other = Lainnya

choose-paid = Pilih apakah Anda dibayar.
unknown-paid = '{ $value }' bukan salah satu jawaban tentang pembayaran; pakai salah satu dari: { $allowed }.
paid-yes = Ya, penuh
paid-partial = Sebagian
paid-no = Tidak
paid-pending = Belum (masih tertunda)

choose-rejected = Pilih berapa banyak pekerjaan yang ditolak.
unknown-rejected = '{ $value }' bukan salah satu jawaban tentang penolakan; pakai salah satu dari: { $allowed }.
rejected-none = Tidak ada
rejected-some = Sebagian
rejected-all = Semua

choose-communication = Pilih bagaimana pemberi tugas berkomunikasi.
unknown-communication = '{ $value }' bukan salah satu jawaban tentang komunikasi; pakai salah satu dari: { $allowed }.
communication-responsive = Membalas pesan saya
communication-unresponsive = Tidak membalas
communication-not_tried = Saya tidak mencoba menghubungi mereka

choose-grievance_category = Pilih kategori.
unknown-grievance_category = '{ $value }' bukan kategori yang dikenal; pakai salah satu dari: { $allowed }.
grievance_category-non_payment = Tidak dibayar
grievance_category-unfair_rejection = Penolakan yang tidak adil
grievance_category-account_deactivation = Akun dinonaktifkan
grievance_category-unpaid_work = Kerja tak dibayar (persiapan, kualifikasi, menunggu)
grievance_category-harmful_content = Konten berbahaya atau mengganggu
grievance_category-harassment = Pelecehan
grievance_category-data_privacy = Penyalahgunaan data saya
grievance_category-opaque_management = Pengelolaan oleh algoritma yang tidak transparan
grievance_category-safety = Keselamatan
grievance_category-discrimination = Diskriminasi
grievance_category-other = Lainnya

choose-grievance_status = Pilih status.
unknown-grievance_status = '{ $value }' bukan status yang dikenal; pakai salah satu dari: { $allowed }.
grievance_status-open = Terbuka
grievance_status-taken_up = Ditangani pengorganisir
grievance_status-resolved = Selesai
grievance_status-unresolved = Tidak terselesaikan

choose-platform_kind = Pilih jenis platform.
unknown-platform_kind = '{ $value }' bukan jenis platform yang dikenal; pakai salah satu dari: { $allowed }.
platform_kind-microtask = Tugas mikro
platform_kind-freelance = Pekerja lepas
platform_kind-on_demand = Sesuai permintaan / berbasis lokasi

choose-report_kind = Pilih jenis laporan.
unknown-report_kind = '{ $value }' bukan jenis laporan yang dikenal; pakai salah satu dari: { $allowed }.
report_kind-rating = Penilaian
report_kind-grievance = Pengaduan

choose-role = Pilih peran.
unknown-role = '{ $value }' bukan peran yang dikenal; pakai salah satu dari: { $allowed }.
role-organizer = Pengorganisir
role-moderator = Moderator
role-admin = Administrator

choose-strike_status = Pilih status mogok.
unknown-strike_status = '{ $value }' bukan status mogok yang dikenal; pakai salah satu dari: { $allowed }.
strike_status-announced = Diumumkan
strike_status-active = Sedang mogok
strike_status-ended = Selesai
strike_status-won = Menang
strike_status-called_off = Dibatalkan
invalid-date-empty = Tulis tanggal sebagai YYYY-MM-DD.
invalid-date = '{ $value }' bukan tanggal; tulis sebagai YYYY-MM-DD.
invalid-strike-title = Tulis judul sepanjang 5 sampai 200 karakter.
invalid-strike-demands = Tulis tuntutan dalam 10 sampai 5000 karakter (boleh pakai Markdown).
invalid-platform-unknown-named = Clickline tidak mengenal platform '{ $value }'; lihat /platforms.
invalid-strike-requesters = Paling banyak 100 pemberi tugas per seruan mogok.
invalid-strike-countries = Sebutkan negara tempat mogok diserukan, seperti PH,ID.
invalid-strike-start = Seruan mogok tidak boleh dimulai lebih dari 30 hari yang lalu.
invalid-strike-end = Tanggal selesai lebih awal dari tanggal mulai.
invalid-strike-language = '{ $value }' bukan salah satu bahasa Clickline.
invalid-strike-translation-same = Ini bahasa asli seruan; tulis teksnya di judul dan tuntutan di atas.
forbidden-strike-countries = Anda mengorganisir di { $yours }, bukan di { $outside }: mogok hanya bisa diserukan di negara Anda sendiri.
forbidden-strike-change = Hanya pengorganisir dari negara tempat mogok ini diserukan yang bisa mengubahnya.
forbidden-moderators = Hanya moderator yang bisa melakukan ini.
forbidden-grievance-country = Pengaduan ini berasal dari { $country }, di luar negara Anda.
forbidden-channel = Hanya pengorganisir { $country } yang bisa memasang pengumuman di kanalnya.
forbidden-admins = Hanya administrator yang mengelola pengorganisir.
forbidden-csrf = Formulir ini sudah kedaluwarsa; kembali, muat ulang halaman dan coba lagi.


## Tata letak

nav-skip = Langsung ke isi
nav-main-label = Utama
nav-rate = Nilai pemberi tugas
nav-report = Laporkan masalah
nav-strikes-near-you = Mogok di dekat Anda
nav-scorecards = Rapor
nav-receipt = Perbaiki atau tarik
nav-methodology = Metodologi
nav-language-label = Bahasa
demo-banner = <strong>Data contoh.</strong> Basis data pengembangan ini diisi laporan karangan supaya Anda bisa menjelajahi Clickline. Tidak ada yang nyata.
demo-tag = Data contoh
footer-promise = Clickline dijalankan oleh dan untuk pekerja platform. Tanpa akun, tanpa pelacakan: kami tidak menyimpan alamat IP, data peramban, atau jam yang tepat. Tanggal yang dipublikasikan hanya sampai hari.
footer-strikes = Seruan mogok
footer-api = API data terbuka
footer-organizers = Pengorganisir
table-region = Tabel (bisa digeser ke samping di layar kecil)
not-enough-data = data belum cukup
not-enough-data-yet = Data belum cukup.
data-label = Data:
reports-newest-first = Laporan, terbaru lebih dulu

## Kesalahan

error-home = Kembali ke beranda
error-401-title = Perlu masuk
error-403-title = Tidak diizinkan
error-404-title = Tidak ditemukan
error-409-title = Sudah terkirim
error-410-title = Sudah ditarik
error-413-title = Terlalu besar
error-422-title = Tidak dipahami
error-429-title = Terlalu banyak permintaan
error-503-title = Basis data tidak terjangkau
error-500-title = Ada yang salah
error-401 = Masuk sebagai pengorganisir untuk melihat halaman ini: buka /organize/login.
error-403 = Anda tidak diizinkan melakukan ini.
error-404 = Tidak ada halaman di alamat ini.
error-413 = Yang Anda kirim terlalu besar. Perpendek teksnya dan coba lagi; pakai tombol Kembali di peramban untuk mendapatkannya lagi.
error-422 = Yang Anda kirim tidak bisa dibaca.
error-429 = Terlalu banyak kiriman dari koneksi ini; tunggu satu jam lalu coba lagi.
error-429-target = Koneksi ini sudah menilai pemberi tugas ini sebanyak yang diizinkan dalam sehari. Tidak ada yang disimpan; silakan coba lagi besok.
error-429-daily = Koneksi ini sudah melakukan ini sebanyak yang diizinkan dalam sehari. Tidak ada yang disimpan; silakan coba lagi besok.
error-429-report = Laporan ini sudah diperbaiki atau ditarik sebanyak yang diizinkan dalam sehari. Tidak ada yang disimpan; silakan coba lagi besok.
error-503 = Clickline tidak bisa menjangkau basis datanya saat ini. Tidak ada yang disimpan; silakan coba lagi beberapa menit lagi.
error-other = Ada yang salah di pihak kami.
error-withdrawn = Laporan ini sudah ditarik oleh orang yang membuatnya.
error-wrong-receipt = Kode tanda terima tidak cocok dengan laporan ini.
error-key-reused = Kunci pengiriman ini sudah dipakai untuk laporan lain.
banner-unavailable = Clickline tidak bisa menjangkau basis datanya saat ini, jadi tidak ada yang disimpan. Teks Anda masih ada di bawah: coba lagi beberapa menit lagi, atau salin ke tempat yang aman.
banner-rate-limited = Terlalu banyak laporan datang dari koneksi Anda dalam satu jam terakhir. Tidak ada yang disimpan; teks Anda masih ada di bawah. Silakan coba lagi nanti.
banner-not-saved = Tidak ada yang disimpan: { $reason } Teks Anda masih ada di bawah.

## Beranda

home-title = Nilai pemberi tugas. Laporkan masalah. Mogok bersama.
home-lead = Clickline mengubah apa yang dialami pekerja klik (upah di bawah upah minimum, pekerjaan ditolak, akun ditutup) menjadi bukti publik, dan bukti itu menjadi aksi bersama lintas negara. Tanpa akun, tanpa nama.
home-read-scorecards = Baca rapornya
home-search-title = Cari pemberi tugas
home-search-label = Nama, nama lain, atau id pemberi tugas
home-search-button = Cari
home-result-on = di { $platform }
home-result-also = juga
home-no-results = Belum ada yang melaporkan pemberi tugas yang cocok dengan “{ $query }”.
home-be-first = Jadilah yang pertama menilainya.
home-platforms = Platform
title-home = Clickline: nilai pemberi tugas, laporkan masalah, mogok bersama
