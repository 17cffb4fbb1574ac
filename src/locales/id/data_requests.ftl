### Clickline, Indonesian (Bahasa Indonesia).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Permintaan akses data bersama

nav-data-requests = Data Anda
title-data-requests = Minta data Anda, bersama-sama
title-open-campaign = Buka kampanye permintaan data
title-letter = Permintaan akses data Anda
title-request-sent = Permintaan dicatat
title-request-receipt = Permintaan data Anda
title-complaint-letter = Pengaduan Anda kepada otoritas

data_category-ratings = Penilaian dan skor kualitas
data_category-rejections = Pekerjaan yang ditolak dan alasan setiap penolakan
data_category-flags = Penandaan (flag), peringatan dan alasan setiap penangguhan atau penonaktifan
data_category-allocation = Cara tugas dibagikan kepada saya dan apa yang menentukannya
data_category-earnings = Penghasilan, pembayaran dan potongan
data_category-profiling = Profil dan kesimpulan yang dibuat tentang saya
choose-data_category = Pilih apa yang akan diminta.
unknown-data_category = '{ $value }' bukan sesuatu yang diminta surat Clickline; pakai salah satu dari: { $allowed }.

data_outcome-complete = Jawaban lengkap
data_outcome-partial = Jawaban sebagian
data_outcome-refused = Ditolak
data_outcome-asked_for_identity = Saya diminta membuktikan identitas saya
data_outcome-no_answer = Tidak ada jawaban
choose-data_outcome = Pilih jawaban apa yang datang.
unknown-data_outcome = '{ $value }' bukan jawaban yang dikenal; pakai salah satu dari: { $allowed }.

invalid-campaign-title = Beri kampanye ini judul sepanjang 5 sampai 200 karakter.
invalid-campaign-explanation = Jelaskan kampanye ini dalam 20 sampai 5.000 karakter.
invalid-campaign-categories = Pilih sedikitnya satu hal untuk diminta.
invalid-campaign-countries = Sebutkan sedikitnya satu negara, sebagai kode ISO seperti DE atau PH.
invalid-campaign-no-law = Clickline belum memiliki undang-undang pelindungan data untuk { $country }, jadi belum bisa menulis surat untuk negara itu.
forbidden-campaign-countries = Anda hanya bisa membuka kampanye untuk negara-negara akun Anda; { $outside } tidak termasuk.
invalid-campaign-country = Kampanye ini untuk pekerja di: { $countries }.
invalid-answer-day-missing = Tulis tanggal platform menjawab.
invalid-answer-day = Tanggalnya harus di antara hari Anda mengirim permintaan ({ $sent }) dan hari ini.
invalid-answer-missing = Tandai hanya hal-hal yang diminta kampanye ini.
invalid-letter-language = Pilih salah satu bahasa Clickline.
invalid-letter-required = Isi bagian ini: platform memerlukannya untuk menemukan data Anda.
invalid-letter-line = Tulis ini dalam satu baris, paling banyak { $max } karakter.
invalid-letter-email = Tulis alamat email akun Anda, seperti nama@example.org.
invalid-sent-id = Tidak ada permintaan terkirim dengan id ini. Salin id itu dari halaman yang menampilkan tanda terima Anda.
complaint-not-open = Pengaduan bisa dibuat setelah permintaan melewati tenggat atau jawabannya kurang, dan hanya sekali.

dr-list-lead = Undang-undang memberi setiap pekerja hak atas data yang disimpan platform tentang dirinya: penilaian, skor kualitas, penandaan (flag), alasan penolakan dan penonaktifan, serta cara keputusan otomatis dibuat. Bila diminta bersama-sama, jawaban-jawabannya menunjukkan siapa yang menghormati hak itu.
dr-list-empty = Belum ada kampanye.
dr-have-receipt = Saya punya tanda terima: catat jawabannya
dr-open-link = Pengorganisir: buka kampanye
dr-opened-on = dibuka pada
dr-feed = Pengingat (feed Atom)
dr-asks-for = Yang diminta dalam surat
dr-always-asked = Salinan seluruh data pribadi saya yang Anda simpan, untuk apa data itu digunakan, dari mana asalnya dan kepada siapa data itu dibagikan
dr-figures-title = Siapa yang menjawab
dr-figures-hint = Dipublikasikan dalam kelompok harian, seperti laporan. Kelompok yang lebih kecil dari ukuran kelompok minimum tidak ditampilkan sebagai angka.
dr-figure-sent = Permintaan terkirim
dr-figure-in-time = Dijawab dalam tenggat yang ditetapkan undang-undang
dr-figure-median = Median waktu menjawab
dr-figure-overdue = Melewati tenggat, tanpa jawaban
dr-figure-complaints = Pengaduan kepada otoritas
dr-figure-not-yet = jawaban belum cukup
dr-days = { $n ->
   *[other] { $n } hari
}
dr-outcomes-caption = Jawaban yang datang
dr-col-outcome = Jawaban
dr-col-requests = Permintaan
dr-missing-caption = Yang tidak ada dalam jawaban
dr-col-category = Yang diminta
dr-col-answers = Jawaban tanpa data itu
dr-letter-title = Buat surat Anda
dr-letter-lead = Isi data yang membuat platform mengenali Anda. Clickline menulis surat dalam bahasa Anda berdasarkan undang-undang negara Anda dan ditujukan kepada pengendali data platform itu.
dr-letter-send-from = Kirim dari alamat email yang dipakai akun Anda, supaya platform tidak bisa mengatakan tidak mengenal Anda.
dr-field-country = Negara tempat Anda bekerja
dr-field-language = Bahasa surat
dr-field-name = Nama Anda seperti yang dikenal platform
dr-field-email = Alamat email akun Anda
dr-field-email-hint = Kirim surat dari alamat ini.
dr-field-worker-id = Id pekerja Anda di platform
dr-letter-never-stored = Apa pun yang Anda ketik di sini tidak disimpan atau dicatat: surat dibuat untuk Anda lalu dilupakan.
dr-letter-make = Buat surat
dr-sent-title = Saya sudah mengirim permintaan saya
dr-sent-lead = Beri tahu Clickline bahwa Anda sudah mengirimnya: hanya negara dan tanggalnya yang disimpan. Anda mendapat tanda terima untuk mencatat jawabannya nanti.
dr-sent-submit = Saya sudah mengirimnya
dr-laws-title = Undang-undang di setiap negara
dr-col-law = Undang-undang
dr-col-deadline = Tenggat
dr-col-authority = Tempat mengadu
dr-col-articles = Akses; portabilitas; keputusan otomatis
dr-col-source = Sumber
dr-col-contact = Tujuan permintaan
dr-in-force-from = berlaku mulai
dr-no-deadline = tidak ditetapkan undang-undang
dr-controller-title = Siapa pengendali datanya
dr-sources = Sumber tabel-tabel ini
dr-letter-page-lead = Salin surat ini ke dalam email ke alamat di bagian atas, atau unduh sebagai berkas teks.
dr-letter-download = Unduh sebagai berkas teks
dr-letter-next = Sudah dikirim? Catat di sini
dr-letter-back-receipt = Kembali ke permintaan Anda
dr-sent-recorded = Permintaan Anda untuk "{ $title }" sudah dicatat. Permintaan ini dihitung mulai kelompok harian berikutnya.
dr-sent-id = Id permintaan
dr-sent-keep = Simpan id dan kode ini: dengan keduanya Anda mencatat jawaban platform. Keduanya hanya ditampilkan sekarang.
dr-due-on = Platform harus menjawab paling lambat:
dr-calendar-download = Tambahkan tanggalnya ke kalender saya (.ics)
dr-back-to-campaign = Kembali ke kampanye
dr-receipt-lead = Masukkan id permintaan dan kode tanda terima yang Anda dapat saat mencatat permintaan Anda.
dr-receipt-open = Buka permintaan saya
dr-receipt-about = Permintaan Anda kepada { $platform } dalam kampanye "{ $title }".
dr-sent-on = Dikirim pada
dr-due = Harus dijawab paling lambat
dr-overdue = melewati tenggat
dr-answer = Jawaban
dr-no-answer-yet = belum ada yang dicatat
dr-complaint = Pengaduan
dr-complained = Anda memberi tahu Clickline bahwa Anda sudah mengadu
dr-answer-title = Jawaban yang datang
dr-field-outcome = Jawaban platform
dr-field-answered-on = Tanggal platform menjawab (YYYY-MM-DD)
dr-field-missing = Yang tidak ada dalam jawaban
dr-answer-submit = Catat jawabannya
answer-recorded = Sudah dicatat. Jawaban ini dihitung mulai kelompok harian berikutnya.
dr-complaint-title = Mengadu kepada otoritas
dr-complaint-lead = Platform tidak menjawab tepat waktu atau jawabannya kurang. Anda bisa mengadu kepada { $authority }: Clickline menuliskan pengaduannya untuk Anda.
dr-complaint-make = Buat pengaduan
dr-complaint-filed = Saya sudah mengajukan pengaduan
complaint-recorded = Terima kasih: kampanye ini menghitung pengaduan Anda mulai kelompok harian berikutnya.
dr-form-lead = Ajak para pekerja sebuah platform untuk meminta data mereka bersama-sama. Halaman kampanye memberi setiap pekerja surat berdasarkan undang-undang negaranya dan menghitung, tanpa nama, siapa yang menjawab.
dr-field-title = Judul
dr-field-categories = Apa yang diminta
dr-field-countries = Negara yang dituju
dr-field-countries-hint = Kode ISO dipisahkan dengan koma. Clickline memiliki undang-undang untuk: { $countries }
dr-field-explanation = Alasannya, dalam beberapa baris, untuk halaman kampanye
dr-form-submit = Buka kampanye
dr-block-title = Hak atas data
dr-block-lead = { $n ->
   *[other] Para pekerja meminta data mereka kepada platform ini dalam { $n } kampanye.
}
dr-block-link = Semua kampanye
dr-method-title = Permintaan akses data
dr-method-lead = Surat-surat mengutip undang-undang negara pekerja dan dikirim kepada pengendali data yang disebut platform. Tabel di bawah disertakan bersama Clickline, setiap barisnya dengan sumber dan tanggal pemeriksaannya; sebagian data pengendali berasal dari catatan CC0 datenanfragen.de. Persentase atau median dari permintaan yang jumlahnya di bawah ukuran kelompok minimum tidak dipublikasikan.
dr-method-laws-caption = Undang-undang pelindungan data
dr-method-controllers-caption = Pengendali data platform
dr-source-link = sumber
feed-answers-due = Jawaban harus datang paling lambat { $day }
feed-answers-due-text = Permintaan yang dikirim dalam kampanye ini harus dijawab paling lambat hari ini. Buka permintaan Anda dengan tanda terimanya dan catat jawaban yang datang.
calendar-summary = Periksa jawaban atas permintaan data Anda kepada { $platform }
calendar-description = Tenggat menurut undang-undang berakhir hari ini. Buka permintaan Anda di Clickline dengan tanda terimanya dan catat jawaban yang datang; kalau tidak ada jawaban, Clickline menuliskan pengaduan Anda.

## Surat-surat (teks biasa)

letter-subject = Permintaan akses Data Pribadi berdasarkan { $law }
letter-greeting = Dengan hormat,
letter-access = Saya bekerja di { $platform }. Berdasarkan { $article } { $law }, sebagai Subjek Data Pribadi saya meminta akses dan salinan seluruh Data Pribadi tentang diri saya yang Anda simpan, beserta tujuan pemrosesannya, asal Data Pribadi tersebut, pihak yang menerima pengungkapannya, dan jangka waktu penyimpanannya.
letter-portability = Berdasarkan { $article } { $law }, mohon kirimkan Data Pribadi yang saya berikan dan data yang dihasilkan oleh pekerjaan saya dalam format yang terstruktur, lazim digunakan, dan dapat dibaca oleh sistem elektronik (seperti CSV atau JSON).
letter-explanation = Berdasarkan { $article } { $law }, mohon beri tahu saya apakah Anda mengambil keputusan tentang diri saya yang didasarkan pada pemrosesan secara otomatis, termasuk pemrofilan, dan berikan informasi yang bermakna tentang logika yang digunakan, prosedur yang benar-benar Anda terapkan, serta arti penting dan akibatnya bagi saya.
letter-categories = Secara khusus, saya meminta:
letter-data_category-ratings = semua penilaian, skor kualitas dan ukuran akurasi tentang saya, beserta cara penghitungannya
letter-data_category-rejections = setiap penolakan atas pekerjaan saya, beserta alasannya dan siapa atau apa yang memutuskannya
letter-data_category-flags = setiap penandaan (flag), peringatan, penangguhan atau penonaktifan yang menyangkut akun saya, beserta alasannya dan data yang menjadi dasarnya
letter-data_category-allocation = cara tugas dibagikan kepada saya, serta data dan kriteria apa yang menentukannya
letter-data_category-earnings = penghasilan, pembayaran, bonus dan potongan saya, per tugas
letter-data_category-profiling = setiap profil, kategori atau kesimpulan tentang saya yang Anda simpan
letter-deadline = Undang-undang mewajibkan Anda menjawab dalam waktu { $deadline } sejak menerima permintaan ini, tanpa dipungut biaya.
letter-no-deadline = Mohon dijawab tanpa penundaan yang tidak semestinya dan tanpa dipungut biaya.
letter-months = { $n ->
   *[other] { $n } bulan
}
letter-days = { $n ->
   *[other] { $n } hari
}
letter-identity = Untuk mengidentifikasi saya:
letter-name = Nama: { $name }
letter-email = Alamat email akun saya: { $email }
letter-worker-id = Id pekerja: { $id }
letter-authority = Apabila saya tidak menerima jawaban yang lengkap tepat waktu, saya dapat mengajukan pengaduan kepada { $authority }.
letter-closing = Hormat saya,
complaint-subject = Pengaduan: { $controller } tidak menjawab permintaan akses Data Pribadi saya sebagaimana diwajibkan undang-undang
complaint-sent = Pada { $sent } saya meminta kepada { $controller }, yang menjalankan { $platform }, akses atas Data Pribadi saya berdasarkan { $article } { $law }. Jawaban seharusnya diberikan paling lambat { $due }.
complaint-no-answer = Saya tidak menerima jawaban apa pun.
complaint-partial = Jawaban yang saya terima tidak lengkap: ada data yang saya minta yang tidak dicantumkan.
complaint-refused = Permintaan saya ditolak.
complaint-ask = Saya mohon agar Anda memeriksa hal ini dan memerintahkan Pengendali Data Pribadi tersebut untuk menjawab permintaan saya secara lengkap.
complaint-collective = Saya mengajukan permintaan ini bersama pekerja { $platform } lainnya, dalam sebuah kampanye bersama.
complaint-identity = Data diri saya:
