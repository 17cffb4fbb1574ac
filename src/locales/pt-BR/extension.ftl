### Clickline, Brazilian Portuguese (Português do Brasil).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Extensão e Turkopticon

extension-title = Use o Clickline nas ferramentas que você já tem
extension-lead = Veja as avaliações do Clickline ao lado de cada tarefa no Amazon Mechanical Turk, sem sair da lista de tarefas.
extension-shown = O que ela mostra
extension-shown-list = Ao lado de cada solicitante: mediana do pagamento por hora, taxa de não pagamento, taxa de rejeição e número de avaliações, avaliações avalizadas e avaliações retidas para revisão, um aviso quando os trabalhadores convocaram uma greve contra o solicitante ou contra o MTurk, e links para a ficha e para um formulário de avaliação já preenchido com o solicitante e a tarefa. Quando há poucas avaliações, ela avisa, e nunca mostra 0.
extension-privacy = A extensão e o userscript consultam este Clickline só sobre os solicitantes da página que você está vendo, e nada mais: sem cadastro, sem rastreamento, sem cookies, sem contato com outros sites. Eles só conseguem ler worker.mturk.com.
extension-unavailable = Os arquivos da extensão não estão nesta instalação do Clickline.
extension-screenshot-alt = Uma lista de tarefas em worker.mturk.com com os números do Clickline embaixo de cada solicitante: mediana do pagamento por hora, taxa de não pagamento, taxa de rejeição, número de avaliações e um aviso de greve.
extension-chromium = Chrome, Chromium, Edge, Brave
extension-chromium-download = Baixe a extensão e descompacte numa pasta que você vai manter.
extension-zip-link = Baixar a extensão (zip)
extension-chromium-developer = Abra a página de extensões e ative o modo do desenvolvedor:
extension-chromium-load = Escolha "Carregar sem compactação" ("Load unpacked") e selecione a pasta.
extension-options = A extensão usa este Clickline ({ $address }). Para usar outro, troque o endereço nas opções da extensão.
extension-options-none = Abra as opções da extensão e digite o endereço deste Clickline.
extension-firefox = Firefox
extension-firefox-steps = Abra a página abaixo, escolha "Carregar extensão temporária" ("Load Temporary Add-on") e selecione o arquivo manifest.json da pasta descompactada. O Firefox esquece as extensões temporárias quando é fechado; para manter o Clickline, use o userscript.
extension-userscript = Userscript (Tampermonkey, Violentmonkey)
extension-userscript-steps = Instale o Tampermonkey ou o Violentmonkey pela loja de extensões do seu navegador e depois abra o userscript: o gerenciador oferece a instalação.
extension-userscript-link = Instalar o userscript
extension-turkopticon = Ferramentas que leem o Turkopticon
extension-turkopticon-intro = O MTurk Suite, o HIT Forker e outros scripts que mostram as avaliações do Turkopticon podem mostrar as do Clickline no lugar: troque o endereço do Turkopticon nas configurações deles pelo endereço deste Clickline.
extension-turkopticon-to2 = API do Turkopticon 2
extension-turkopticon-to1 = API do Turkopticon 1
prefill-invalid = O link preencheu este campo com um valor que o Clickline não aceita, então ele ficou vazio. Preencha você mesmo.
form-task-title = Tarefa: { $title }
