### Clickline, Indonesian (Bahasa Indonesia).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Ekstensi dan Turkopticon

extension-title = Pakai Clickline dari alat yang sudah Anda punya
extension-lead = Lihat penilaian Clickline di samping setiap tugas di Amazon Mechanical Turk, tanpa meninggalkan daftar tugas.
extension-shown = Yang ditampilkan
extension-shown-list = Di samping setiap pemberi tugas: median bayaran per jam, tingkat tidak dibayar, tingkat penolakan dan jumlah penilaian, penilaian yang dijamin dan penilaian yang ditahan untuk diperiksa, spanduk bila pekerja menyerukan mogok terhadap pemberi tugas itu atau MTurk, serta tautan ke rapor dan ke formulir penilaian yang sudah terisi dengan pemberi tugas dan tugasnya. Bila penilaiannya terlalu sedikit, itu disebutkan, tidak pernah ditulis 0.
extension-privacy = Ekstensi dan userscript hanya menanyakan kepada Clickline ini tentang pemberi tugas di halaman yang sedang Anda lihat, tidak lebih: tanpa akun, tanpa pelacakan, tanpa cookie, tanpa menghubungi situs lain. Keduanya hanya bisa membaca worker.mturk.com.
extension-unavailable = Berkas ekstensi tidak ada di instalasi Clickline ini.
extension-screenshot-alt = Daftar tugas di worker.mturk.com dengan angka Clickline di bawah setiap pemberi tugas: median bayaran per jam, tingkat tidak dibayar, tingkat penolakan, jumlah penilaian dan spanduk mogok.
extension-chromium = Chrome, Chromium, Edge, Brave
extension-chromium-download = Unduh ekstensi dan ekstrak ke folder yang akan Anda simpan.
extension-zip-link = Unduh ekstensi (zip)
extension-chromium-developer = Buka halaman ekstensi dan nyalakan mode pengembang:
extension-chromium-load = Pilih "Load unpacked" (Muat ekstensi yang belum dikemas) lalu pilih foldernya.
extension-options = Ekstensi ini memakai Clickline ini ({ $address }). Untuk memakai yang lain, ubah alamatnya di pengaturan ekstensi.
extension-options-none = Buka pengaturan ekstensi dan masukkan alamat Clickline ini.
extension-firefox = Firefox
extension-firefox-steps = Buka halaman di bawah, pilih "Load Temporary Add-on" (Muat Pengaya Sementara) lalu pilih berkas manifest.json di folder hasil ekstrak. Firefox melupakan pengaya sementara saat ditutup; untuk tetap memakai Clickline, gunakan userscript.
extension-userscript = Userscript (Tampermonkey, Violentmonkey)
extension-userscript-steps = Pasang Tampermonkey atau Violentmonkey dari toko pengaya peramban Anda, lalu buka userscript-nya: pengelolanya akan menawarkan untuk memasangnya.
extension-userscript-link = Pasang userscript
extension-turkopticon = Alat yang membaca Turkopticon
extension-turkopticon-intro = MTurk Suite, HIT Forker dan skrip lain yang menampilkan penilaian Turkopticon bisa menampilkan penilaian Clickline sebagai gantinya: ganti alamat Turkopticon di pengaturannya dengan alamat Clickline ini.
extension-turkopticon-to2 = API Turkopticon 2
extension-turkopticon-to1 = API Turkopticon 1
prefill-invalid = Tautan ini mengisi kolom ini dengan nilai yang tidak bisa diterima Clickline, jadi kolom dibiarkan kosong. Silakan isi sendiri.
form-task-title = Tugas: { $title }
