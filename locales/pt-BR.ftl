## Catálogo de traduções do Homegroup (Project Fluent) em português do Brasil. Cada
## mensagem do inglês (en.ftl) está aqui, com as mesmas variáveis.

## A página para encontrar reuniões, que os membros abrem pelo código QR do cartaz.

page-language-name = Português (Brasil)
page-language-dir = ltr
page-title = { $program }: reuniões
page-heading = Encontre uma reunião
page-skip = Pular para as reuniões
page-updated = Atualizado em { $date }
page-language = Idioma
page-loading = Carregando reuniões…
page-load-failed = Não foi possível carregar a lista de reuniões. Verifique sua conexão e tente de novo.
page-retry = Tentar de novo
page-now = Acontecendo agora
page-next = Próximas
page-today = Hoje
page-tomorrow = Amanhã
page-week = Esta semana
page-week-day = Dia
page-show-more = Mostrar mais reuniões
page-no-meetings = Nenhuma reunião encontrada. Limpe os filtros para ver todas as reuniões.
page-nothing-soon = Nenhuma reunião nas próximas horas. A semana abaixo mostra todas as reuniões.
page-search = Buscar
page-search-hint = Nome, local ou cidade
page-filters = Filtros
page-filter-time = Horário
page-time-any = Qualquer horário
page-time-morning = Manhã (antes do meio-dia)
page-time-afternoon = Tarde (do meio-dia às 17h)
page-time-evening = Começo da noite (das 17h às 21h)
page-time-night = Noite (depois das 21h)
page-filter-attend = Como participar
page-mode-any = Qualquer forma
page-mode-in_person = Presencial
page-mode-online = On-line
page-mode-hybrid = Presencial e on-line
page-mode-phone = Por telefone
page-filter-fellowship = Irmandade
page-fellowship-any = Qualquer irmandade
page-fellowship-na = Narcóticos Anônimos
page-fellowship-smart = SMART Recovery
page-fellowship-other = Outras irmandades
page-filter-formats = Formatos
page-clear = Limpar filtros
page-in-progress = Em andamento
page-ends = até { $time }
page-cancelled = Cancelada
page-closed = Suspensa
page-moved-to = Remarcada para { $when }
page-moved-from = Remarcada (antes: { $when })
page-minutes = { $minutes } min
page-open = Detalhes
page-close = Fechar
page-where = Onde
page-room = Sala: { $room }
page-directions = Como chegar (app de mapas)
page-map = Mapa (OpenStreetMap)
page-join = Entrar on-line
page-meeting-id = ID da reunião: { $id }
page-passcode = Senha: { $passcode }
page-dial = Ligue para: { $number }
page-formats = Formatos
page-notes = Observações
page-group = Grupo: { $group }
page-every = Toda semana: { $days }, às { $time }
page-dates = Próximas datas
page-changes = Mudanças nas próximas semanas
page-add-one = Adicionar esta reunião ao meu calendário
page-subscribe = Todas as reuniões no seu calendário
page-subscribe-hint = Assine uma vez só: quando uma reunião mudar ou for cancelada, seu calendário muda também.
page-subscribe-apple = Calendário da Apple (iPhone, iPad, Mac)
page-subscribe-google = Google Agenda
page-subscribe-outlook = Outlook.com
page-subscribe-office = Microsoft 365
page-subscribe-other = Outros apps: copie este endereço
page-copy = Copiar endereço
page-copied = Endereço copiado
page-android = No Android, o app gratuito ICSx⁵ assina este endereço e mantém o calendário do celular em dia.
page-resources = Ajuda agora
page-private = Esta página não guarda nenhum registro da sua visita e não carrega nada de outros sites.

## Os esquemas, marcos e cores de fichas com que o Homegroup começa, como a janela os
## mostra (os nomes e cores que um grupo escreveu aparecem como o grupo os escreveu).

chip-named = { $item } de { $label }
chip-scheme-na-keytags = Chaveiros de NA
chip-scheme-na-medallions = Medalhões de NA
chip-scheme-aa-chips = Fichas (estilo AA)
chip-seeded-welcome = Boas-vindas
chip-seeded-30-days = 30 dias
chip-seeded-60-days = 60 dias
chip-seeded-90-days = 90 dias
chip-seeded-6-months = 6 meses
chip-seeded-9-months = 9 meses
chip-seeded-1-year = 1 ano
chip-seeded-18-months = 18 meses
chip-seeded-multiple-years = Vários anos
chip-seeded-welcome-back = Bem-vindo de volta
chip-seeded-1-year-medallion = Medalhão de 1 ano
chip-seeded-18-months-medallion = Medalhão de 18 meses
chip-seeded-yearly-medallion = Medalhão anual
chip-seeded-24-hours = 24 horas
chip-color-white = branco
chip-color-orange = laranja
chip-color-green = verde
chip-color-red = vermelho
chip-color-blue = azul
chip-color-yellow = amarelo
chip-color-glow = fosforescente
chip-color-grey = cinza
chip-color-black = preto
chip-color-pink = rosa
chip-color-bronze = bronze
chip-color-silver = prateado
chip-color-gold = dourado
chip-color-dark-blue = azul-escuro
chip-color-purple = roxo

## O que um feed de calendário escreve na descrição de uma reunião, no idioma da reunião.

feed-join = Entrar
feed-meeting-id = ID da reunião
feed-passcode = Senha
feed-phone = Telefone
feed-format = Formato
feed-group = Grupo

## O cartaz de parede.

flyer-scan-calendar = Escaneie para adicionar nossas reuniões ao calendário do seu celular
flyer-updates = Ele se atualiza sozinho quando uma reunião muda de data ou é cancelada.
flyer-week = Esta semana
flyer-cancelled = CANCELADA
flyer-moved = REMARCADA
flyer-type-address = Ou digite este endereço no seu aplicativo de calendário:
flyer-refresh = Os aplicativos de calendário buscam as mudanças sozinhos, em geral em poucas horas (o Google Agenda pode levar até um dia).
flyer-wifi-only = Este endereço só funciona no Wi-Fi desta sala, enquanto o computador que imprimiu esta folha estiver ligado.
flyer-scan-page = Escaneie para encontrar uma reunião, ver como chegar ou pegar o link para entrar, e adicionar nossas reuniões ao calendário do seu celular
# O cartaz é uma folha só: quando a semana tem mais reuniões do que cabem, a última linha
# diz quantas mais o código QR mostra.
flyer-more = …e mais { $count } esta semana: escaneie o código para ver todas.


## A lista de reuniões impressa (homegroup print list, e Imprimir lista na janela).
print-title = Lista de reuniões
print-printed = Impressa em { $date }
print-scan = Escaneie para ver a lista atualizada, como chegar e os links para entrar
print-resources = Recursos locais
print-section-in_person = Presenciais
print-section-hybrid = Híbridas: presenciais e on-line
print-section-online = On-line e por telefone
print-daily = Todos os dias
print-daily-short = Diária
print-other = Outros dias
print-no-city = Outros lugares
print-from = A partir de { $date }
print-meeting_id = ID { $id }
print-passcode = Senha { $passcode }
print-dial = Telefone: { $number }
print-legend = Códigos de formato
print-empty = Nenhuma reunião para listar.
print-page = { $page }
print-file_name = Lista de reuniões do Homegroup
print-unprintable = Estes caracteres não têm forma nas fontes que acompanham o Homegroup e saem impressos como caixas vazias: { $chars }

## O que o servidor de calendários responde a quem abre um link errado ou quebrado num navegador.
server-no_feed = Não há calendário neste endereço. Peça ao seu grupo o link atual.
server-not_found = Não há nada aqui. Peça ao seu grupo o link atual do calendário.
server-page_unavailable = Não foi possível montar a lista de reuniões; tente de novo daqui a pouco.
server-calendar_failed = Não foi possível montar o calendário; tente de novo daqui a pouco.

## Folhas impressas: comprovantes de presença e relatórios da casa.

slip-title = Presença em reuniões
slip-attended = { $nickname } esteve presente, conforme o registro de { $group }:
slip-code = Código do comprovante: { $code }
slip-signed = Assinado por { $group } em { $date } (chave { $key }).
slip-scan = Escaneie para verificar com a chave pública do grupo. Este comprovante confirma apenas a presença.
report-title = { $house }: presença em reuniões
report-period = De { $from } a { $to }
report-rules = Regras: { $rules }
report-no-rules = Sem regras.
report-who-phase = { $name } (fase { $phase })
report-line = { $who }: { $attended } de { $required } – { $met ->
        [yes] cumprido
       *[other] faltando
    }
report-detail = { $here } em nossas reuniões, { $verified } verificadas por comprovante, { $self } informadas pela pessoa (de { $from } a { $to })
report-presence = A presença confirma apenas que a pessoa esteve lá, nunca a participação nem qualquer outra coisa sobre ela.

## A linha de comando (homegroup): o que ela escreve para as pessoas.

cli-meetings-none = Ainda não há reuniões. Adicione uma no aplicativo Homegroup ou importe uma lista de reuniões.
cli-slip-valid = válido: { $nickname } esteve presente, conforme assinado por { $group } em { $date } (chave { $key }):
cli-keys-trusted =
    { $n ->
        [one] { $n } chave marcada como confiável
       *[other] { $n } chaves marcadas como confiáveis
    }
cli-keys-revoked = chave revogada; os comprovantes assinados com ela não passam mais na verificação
cli-backup-encrypted = criptografado
cli-backup-plain = NÃO criptografado
cli-backup-bytes = { $n } bytes
cli-restored = restaurado de { $file } (o banco de dados anterior está em { $folder })
cli-passphrase-set = o banco de dados está criptografado; guarde a frase-senha num lugar seguro: sem ela, os dados não podem ser recuperados
cli-passphrase-removed = o banco de dados não está mais criptografado
cli-hint-passphrase = defina HOMEGROUP_PASSPHRASE com a frase-senha do banco de dados
cli-hint-old-backups = adicione --old-backups reencrypt (ou --old-backups remove) ao `passphrase set`
cli-col-feed = FEED
cli-list-printed = { $file }: { $meetings ->
    [one] { $meetings } reunião
   *[other] { $meetings } reuniões
} em { $pages ->
    [one] { $pages } página
   *[other] { $pages } páginas
}{ $percent ->
    [100] {""}
   *[other] , letra a { $percent }%
}
cli-resources-none = Ainda não há recursos locais. Adicione um com `homegroup resources add --name NOME --phone NÚMERO`.
cli-col-name = NOME
cli-col-phone = TELEFONE
cli-col-hours = HORÁRIO
cli-feeds-port = os feeds serão servidos na porta { $port } a partir da próxima vez que o app for aberto
cli-page-written = { $n } arquivos gravados em { $folder }
cli-sources-none = Nenhuma lista importada ainda. Importe uma com `homegroup import ARQUIVO|URL`.
cli-source-every = a lista { $id } é atualizada a cada { $minutes } minutos
cli-source-by-hand = a lista { $id } só é atualizada manualmente
cli-run-failed = falhou: { $error }
cli-run-report = { $created } novas, { $updated } alteradas, { $unchanged } sem mudança, { $removed } removidas{ $skipped ->
        [0] {""}
       *[other] , { $skipped } ignoradas
    }
cli-import-done = { $created } novas, { $updated } alteradas, { $unchanged } sem mudança, { $removed } removidas
cli-import-would = { $created } seriam criadas, { $updated } seriam alteradas, { $unchanged } sem mudança, { $removed } seriam removidas
cli-import-kept = suas edições em “{ $name }” foram mantidas (--overwrite-local-edits usa a versão da lista)
cli-occurrences-none = Nenhuma reunião entre { $from } e { $to }.
cli-export-left-out = “{ $name }” ficou de fora: o Meeting Guide só lista reuniões semanais
cli-published = { $created } novas, { $updated } atualizadas, { $unchanged } sem mudança, { $deleted } removidas
cli-subscribe-at = os membros assinam em { $url }
cli-public-broken = o endereço público não funciona: { $error }
cli-no-public-address = ainda não há endereço público: adicione --public-url para que os membros possam assinar de qualquer lugar
cli-synced = { $created } novas, { $updated } alteradas, { $deleted } removidas aqui; { $uploaded } enviadas, { $removed } removidas lá; { $conflicts } conflitos
cli-sync-kept = { $name } foi mantida: excluída de um lado e editada do outro
cli-sync-to-confirm = local a confirmar: { $name } chegou sem local nem link; adicione um no editor da reunião
cli-sync-skipped = ignorado: { $warning }
cli-conflicts-none = Nenhum conflito.
cli-password-not-kept = a senha não foi guardada: nenhum chaveiro de senhas responde neste computador e o banco de dados não está criptografado. Informe-a a cada execução (--password-env VAR) ou guarde um comando que a escreva (--password-command CMD)
cli-passwords-dropped = uma versão anterior guardava { $n } senhas de publicação sem criptografia e aqui nenhum chaveiro de senhas responde: elas foram removidas. Informe-as a cada execução (--password-env VAR) ou guarde um comando (--password-command CMD)
# Um aviso da importação (qual entrada e por quê), como o núcleo o escreve.
cli-import-skipped = ignorado: { $warning }
cli-import-partly = importada com algo deixado de fora: { $warning }
error-cli-password_env = a variável de ambiente { $var } não está definida
error-cli-passphrase_missing = coloque a nova frase-senha em HOMEGROUP_NEW_PASSPHRASE
error-cli-public_address = o envio funcionou, mas o endereço público não o mostra
error-cli-range = --to { $to } é anterior a --from { $from }
error-cli-read = não foi possível ler { $file }: { $error }
error-cli-bad_json = { $file } não é um JSON válido: { $error }
error-cli-source_which = informe o número de uma lista importada, ou use --due
error-cli-write = não foi possível gravar { $file }: { $error }
error-cli-make = não foi possível criar { $file }: { $error }
error-cli-day = { $value } não é um dia: use MO, TU, WE, TH, FR, SA ou SU
error-cli-no_targets = ainda não há onde publicar; informe uma pasta ou um calendário com --url

## A ajuda da linha de comando (homegroup --help): o que cada comando e cada opção faz.
cli-help = Programação de reuniões, dia de reunião e feeds de calendário para grupos de recuperação
cli-help--db = Arquivo do banco de dados (padrão: HOMEGROUP_DB, senão a pasta de dados do usuário)
cli-help--lang = Idioma do que é escrito para as pessoas (padrão: LC_ALL, LC_MESSAGES ou LANG): en, es, pt-BR, fa ou qualquer outro que o catálogo de traduções tenha
cli-help-meetings = Reuniões da programação
cli-help-meetings-list = Lista todas as reuniões com a repetição em palavras (com --json, a própria regra)
cli-help-meetings-list--json = Mostrar JSON em vez de uma tabela (cada reunião com o seu `uid`)
cli-help-meetings-add = Adiciona uma reunião a partir de JSON (os campos que o editor do app tem; veja o README) e a mostra como foi guardada, com o seu `uid`
cli-help-meetings-add--json = Um arquivo, ou - para a entrada padrão
cli-help-meetings-edit = Altera só os campos informados (um JSON merge patch, ex.: '{"{"}"room": "Hall B"{"}"}') e mostra a reunião como foi guardada
cli-help-meetings-edit--json = O próprio patch, um arquivo, ou - para a entrada padrão
cli-help-meetings-remove = Exclui uma reunião (os registros de presença dela vão junto)
cli-help-meetings-cancel = Cancela a reunião numa data
cli-help-meetings-cancel--note = O motivo, como os membros vão ler ("Fechado por causa do feriado")
cli-help-occurrences = Ocorrências com data entre duas datas (inclusive, nas datas locais de cada reunião), com cancelamentos, remarcações e suspensões aplicados
cli-help-occurrences--json = Mostrar JSON em vez de uma tabela
cli-help-import = Importa uma lista de reuniões publicada, de um arquivo ou de um endereço da web. Importar de novo a mesma lista atualiza as mesmas reuniões; nada muda se a importação falhar
cli-help-import--source = O caminho de um arquivo, ou um endereço http(s)://
cli-help-import--fellowship = Irmandade das reuniões importadas (os formatos são lidos nos códigos dela)
cli-help-import--service_bodies = Órgão de serviço do BMLT a pedir a um servidor raiz (repita para vários)
cli-help-import--overwrite_local_edits = Usar a versão da lista mesmo nas reuniões editadas aqui
cli-help-import--dry_run = Mostrar o que mudaria, sem mudar nada
cli-help-attendance = Números de presença por ocorrência (só contagens, nunca um apelido)
cli-help-attendance-report = Uma linha por ocorrência: se aconteceu, presença, recém-chegados, membros, membros que voltaram, fichas
cli-help-attendance-report--csv = CSV (um relatório de reunião no estilo do SMART) em vez de uma tabela
cli-help-verify = Verifica um comprovante de presença: o código dele, ou o texto do código QR dele. Sai com código diferente de zero, e com o motivo, quando o comprovante não passa na verificação
cli-help-verify--code = O código do comprovante (7K3Q-9XDA-M2PF) ou o texto do código QR (HG1.…)
cli-help-slip = Assina um comprovante de presença para as presenças registradas de um membro nas reuniões de um grupo
cli-help-slip--out = Gravar aqui o PDF para imprimir (senão, mostrar o código e o token)
cli-help-keys = Chaves de verificação: exportar a chave pública de um grupo, confiar na de outro grupo
cli-help-keys-export = As chaves públicas do grupo e as instruções de verificação (nada sobre os membros)
cli-help-keys-trust = Confia nas chaves do arquivo de verificação de um grupo (e registra as revogações dele)
cli-help-keys-revoke = Revoga a chave de um grupo: os comprovantes dela deixam de passar na verificação; o próximo comprovante recebe uma nova chave
cli-help-backup = Faz backup do banco de dados: na pasta de backups rotativos ao lado dele, ou em --out
cli-help-backup--list = Listar os backups em vez de fazer um
cli-help-restore = Substitui o banco de dados por um backup, depois de conferir o backup (antes, é feito um backup do banco de dados atual). Para um backup feito com outra frase-senha, ela é lida de HOMEGROUP_BACKUP_PASSPHRASE
cli-help-passphrase = Criptografa o banco de dados com uma frase-senha (de HOMEGROUP_NEW_PASSPHRASE), troca a frase-senha ou a remove
cli-help-passphrase-set = Define a frase-senha, ou troca a atual, com a de HOMEGROUP_NEW_PASSPHRASE
cli-help-passphrase-set--old_backups = O que fazer com os backups antigos que não estão criptografados: criptografá-los com a nova frase-senha ou excluí-los (obrigatório quando houver algum)
cli-help-passphrase-remove = Volta a guardar o banco de dados sem criptografia
cli-help-sources = Listas importadas antes: listá-las, atualizá-las, programar as atualizações
cli-help-sources-list = Todas as listas, com a frequência de atualização e o último resultado
cli-help-sources-refresh = Importa listas de novo: a informada, ou todas as que chegaram à hora de atualizar
cli-help-sources-refresh--id = Número da lista (de `sources list`)
cli-help-sources-refresh--due = Todas as listas cuja atualização já está na hora (para cron ou um timer do systemd)
cli-help-sources-schedule = Atualiza uma lista a cada N minutos, ou só manualmente com --off
cli-help-sources-runs = Os relatórios de mudanças das últimas execuções de uma lista
cli-help-export = Grava a programação como arquivo iCalendar ou como feed JSON do Meeting Guide
cli-help-export-ics = Calendário RFC 5545 (um evento por reunião, com a regra e as mudanças dela)
cli-help-export-ics--out = Gravar aqui em vez da saída padrão
cli-help-export-ics--feed = Exportar o que este feed publica (pelo nome; padrão: a programação inteira)
cli-help-export-meeting-guide = JSON do Meeting Guide (reuniões semanais; as outras são citadas na saída de erro padrão)
cli-help-feeds = Feeds de calendário que os membros assinam
cli-help-feeds-list = O nome e o endereço de cada feed (o feed da programação inteira é criado se não existir)
cli-help-feeds-list--base = Endereço base pelo qual se chega ao servidor de feeds
cli-help-feeds-port = A porta em que o app serve os feeds (8737, se não for definida). Os calendários assinados e os cartazes impressos levam essa porta, então só a mude quando outro programa precisar dela; 0 pega qualquer porta livre na próxima abertura e fica com ela
cli-help-publish = Publica feeds em calendários CalDAV e pastas WebDAV (todos os destinos salvos; o informado com --url, que fica salvo para a próxima vez; ou, com --due, só os que têm algo a fazer) e mostra onde os membros assinam
cli-help-publish--url = Coleção ou pasta para onde enviar, ex.: https://cloud.example.org/remote.php/dav/files/hope/meetings/
cli-help-publish--kind = O que é o endereço: um calendário CalDAV (um recurso por reunião) ou uma pasta WebDAV (um arquivo .ics e um arquivo .json do Meeting Guide por feed)
cli-help-publish--password_env = Variável de ambiente com a senha (que assim fica fora do histórico do shell). Com --url, a senha é guardada: no chaveiro de senhas do sistema, ou no banco de dados quando ele está criptografado (sem nenhum dos dois, nada é guardado e cada execução a informa); sem --url, ela vale só para esta execução
cli-help-publish--password_command = Um comando que mostra a senha (executado sem shell; a primeira linha é usada): com --url, o comando é guardado no lugar da senha; sem --url, ele é executado só desta vez
cli-help-publish--public_url = O endereço que os membros vão usar: para uma pasta, o endereço da web que a serve; para um calendário, o link público de assinatura. Conferido depois de cada publicação
cli-help-publish--feed = Feed a publicar com --url (padrão: a programação inteira)
cli-help-publish--due = Só os destinos com algo a fazer: a programação mudou desde a última publicação deles, ou a última falhou e o tempo de espera já passou. Não mostra nada quando não há nada a fazer (para cron)
cli-help-publish--timeout = Segundos que um pedido a um servidor pode levar
cli-help-flyer = O cartaz de parede em PDF: o código QR de um feed e a próxima semana. O código QR leva o endereço público do feed depois que ele é publicado
cli-help-flyer--feed = Feed cujo endereço vai no código QR (padrão: a programação inteira)
cli-help-flyer--lan_base = O endereço do servidor de feeds na rede local, para o cartaz de um feed que ainda não foi publicado (o cartaz então traz um aviso de que só funciona nesta rede Wi-Fi)
cli-help-print = Listas de reuniões impressas: as reuniões da área no papel, dobradas ou em páginas
cli-help-print-list = A lista de reuniões da programação inteira ou de um feed, em PDF
cli-help-print-list--layout = Como a lista vai no papel: páginas inteiras, uma folha dobrada em três ou em quatro, ou um livreto
cli-help-print-list--group_by = Reuniões agrupadas por dia da semana, ou por cidade e depois por dia
cli-help-print-list--out = Onde o PDF é gravado
cli-help-print-list--paper = Tamanho do papel (padrão: legal no formato quadfold, senão letter)
cli-help-print-list--feed = Só as reuniões de um feed (padrão: a programação inteira)
cli-help-print-list--pages = Exatamente este número de páginas: a letra diminui, dentro de limites legíveis, para caber
cli-help-print-list--first_day = O dia em que começa uma lista por dia: MO, TU… (padrão: SU)
cli-help-print-list--cities = Primeiro estas cidades, nesta ordem (numa lista por cidade), separadas por vírgulas
cli-help-print-list--link_qr = Reuniões on-line com um pequeno código QR do link em vez do link por extenso
cli-help-resources = Recursos locais (linhas de ajuda, linhas de crise, buscadores de tratamento) impressos em cada lista e cartaz e levados nos feeds
cli-help-resources-list = Os recursos locais, na ordem em que são impressos
cli-help-resources-add = Adiciona um recurso no fim da lista
cli-help-resources-add--name = Como é conhecido ("Linha de crise", "Linha de ajuda de NA")
cli-help-resources-add--phone = O número para ligar ou enviar mensagem, como se disca ("188", "1-800-GET-HELP")
cli-help-resources-add--url = Seu endereço na web (https://…)
cli-help-resources-add--hours = Quando alguém atende ("24 horas")
cli-help-resources-add--language = O idioma em que o serviço atende (en, es…)
cli-help-resources-edit = Altera o recurso ID (cada campo é substituído pelo que for informado)
cli-help-resources-edit--name = Como é conhecido ("Linha de crise", "Linha de ajuda de NA")
cli-help-resources-edit--phone = O número para ligar ou enviar mensagem, como se disca ("188", "1-800-GET-HELP")
cli-help-resources-edit--url = Seu endereço na web (https://…)
cli-help-resources-edit--hours = Quando alguém atende ("24 horas")
cli-help-resources-edit--language = O idioma em que o serviço atende (en, es…)
cli-help-resources-remove = Remove o recurso ID
cli-help-resources-move = Move o recurso ID uma posição para cima ou para baixo na lista
cli-help-page = Grava numa pasta a página para encontrar reuniões que os membros abrem em qualquer celular, com o calendário do feed e os dados dele (para uma hospedagem de site estático ou um pen drive)
cli-help-page--out = A pasta onde gravar (criada se não existir); os arquivos dela são substituídos
cli-help-page--feed = O feed cujas reuniões a página mostra (padrão: a programação inteira)
cli-help-serve = Serve todos os feeds por HTTP até ser interrompido, mostrando o endereço de cada feed assim que começa a escutar
cli-help-serve--bind = Endereço em que escutar; 0.0.0.0 compartilha os feeds com a rede local
cli-help-sync = Mantém a programação em sintonia com outros servidores de confiança por meio de um calendário CalDAV compartilhado: vincula um com --url e depois sincroniza todos os calendários vinculados. Sai com código diferente de zero enquanto um conflito espera uma escolha
cli-help-sync--url = O calendário CalDAV compartilhado a vincular (fica salvo para a próxima vez); sem ele, todos os calendários vinculados são sincronizados
cli-help-sync--password_env = Variável de ambiente com a senha (que assim fica fora do histórico do shell). Com --url, a senha é guardada: no chaveiro de senhas do sistema, ou no banco de dados quando ele está criptografado; sem --url, ela vale só para esta execução
cli-help-sync--password_command = Um comando que mostra a senha (executado sem shell; a primeira linha é usada): com --url, o comando é guardado no lugar da senha, para um computador sem chaveiro de senhas; sem --url, ele é executado só para esta sincronização
cli-help-sync--group = Compartilhar pelo calendário só as reuniões deste grupo (com --url)
cli-help-sync--json = Mostrar os relatórios em JSON
cli-help-sync--timeout = Segundos que um pedido ao servidor pode levar
cli-help-conflicts = Mudanças feitas aqui e no calendário compartilhado que não batem
cli-help-conflicts-list = Campos alterados de formas diferentes aqui e no calendário compartilhado, esperando uma escolha
cli-help-conflicts-resolve = Resolve um conflito: manter o valor desta instalação (mine) ou o do calendário compartilhado (theirs). A próxima sincronização o envia ou o aplica

## Formatos de reunião, por irmandade e código (format-<irmandade>-<código>): os nomes
## impressos nas listas, mostrados na janela e na página dos membros, e escritos nos feeds.

format-na-O = Aberta
format-na-C = Fechada
format-na-B = Iniciantes
format-na-BT = Texto Básico
format-na-IW = Funciona: Como e Por Quê
format-na-JT = Só por Hoje
format-na-SPAD = Um Princípio Espiritual por Dia
format-na-LC = Vivendo Limpo
format-na-GP = Princípios Orientadores
format-na-IP = Panfleto Informativo
format-na-BK = Estudo de livro
format-na-St = Passo
format-na-SG = Guia para Trabalhar os Passos
format-na-Tr = Tradição
format-na-TW = Oficina de Tradições
format-na-CP = Conceitos
format-na-D = Discussão
format-na-To = Tema
format-na-So = Somente orador
format-na-SD = Orador/discussão
format-na-QA = Perguntas e respostas
format-na-AB = Caixinha de perguntas
format-na-RF = Formato rotativo
format-na-ME = Meditação
format-na-CL = À luz de velas
format-na-M = Homens
format-na-W = Mulheres
format-na-YP = Jovens
format-na-GL = Gay/lésbica/transgênero
format-na-WC = Acessível para cadeira de rodas
format-na-CW = Crianças bem-vindas
format-na-NC = Sem crianças
format-na-NS = Proibido fumar
format-na-RA = Participação restrita
format-na-CH = Fechada nos feriados
format-na-Ag = Agnóstica
format-na-VM = Reunião virtual
format-na-HY = Reunião híbrida
format-na-TC = Local temporariamente fechado
format-na-ES = Espanhol
format-na-ENG = Inglês
format-na-BL = Bilíngue
format-na-FIN = Finlandês
format-na-PER = Persa
format-na-SL = Língua de Sinais Americana
format-smart-SMART = Reunião do SMART Recovery
format-smart-FF = Família e amigos
format-smart-TY = Adolescentes e jovens
format-smart-VFR = Veteranos e socorristas
format-smart-INSIDE = SMART Inside (unidade prisional)
format-smart-W = Mulheres
format-smart-M = Homens
format-smart-LGBTQ = LGBTQIA+
format-smart-X = Acessível para cadeira de rodas
format-other-11 = Meditação do 11º Passo
format-other-12x12 = Os Doze Passos e as Doze Tradições
format-other-A = Secular
format-other-ABSI = Na Opinião do Bill
format-other-AF = Africâner
format-other-AL = Simultânea com Alateen
format-other-AL-AN = Simultânea com Al-Anon
format-other-AM = Amárico
format-other-AR = Árabe
format-other-ASL = Língua de Sinais Americana
format-other-B = Livro Azul
format-other-BA = Com cuidado para crianças
format-other-BE = Recém-chegados
format-other-BG = Búlgaro
format-other-BI = Bissexual
format-other-BRK = Café da manhã
format-other-C = Fechada
format-other-CAN = À luz de velas
format-other-CF = Adequada para crianças
format-other-D = Discussão
format-other-DA = Dinamarquês
format-other-DB = Sacola digital
format-other-DD = Diagnóstico duplo
format-other-DE = Alemão
format-other-DR = Reflexões Diárias
format-other-EL = Grego
format-other-EN = Inglês
format-other-FA = Persa
format-other-FI = Finlandês
format-other-FF = Sem perfume
format-other-FR = Francês
format-other-G = Gay
format-other-GR = Grapevine
format-other-H = Aniversário
format-other-HE = Hebraico
format-other-HI = Híndi
format-other-HR = Croata
format-other-HU = Húngaro
format-other-IS = Islandês
format-other-ITA = Italiano
format-other-JA = Japonês
format-other-KA = Georgiano
format-other-KOR = Coreano
format-other-L = Lésbica
format-other-LGBTQ = LGBTQ
format-other-LIT = Literatura
format-other-LS = Viver Sóbrio
format-other-LT = Lituano
format-other-M = Homens
format-other-MED = Meditação
format-other-ML = Malaiala
format-other-MT = Maltês
format-other-N = Nativos americanos
format-other-NB = Não binário
format-other-NDG = Indígena
format-other-NE = Nepalês
format-other-NL = Holandês
format-other-NO = Norueguês
format-other-O = Aberta
format-other-OUT = Ao ar livre
format-other-P = Profissionais
format-other-POA = Comprovante de presença
format-other-POC = Pessoas negras e racializadas
format-other-POL = Polonês
format-other-POR = Português
format-other-PUN = Punjabi
format-other-RUS = Russo
format-other-S = Espanhol
format-other-SEN = Terceira idade
format-other-SK = Eslovaco
format-other-SL = Esloveno
format-other-SM = Permitido fumar
format-other-SP = Orador
format-other-ST = Estudo de passos
format-other-SV = Sueco
format-other-T = Transgênero
format-other-TC = Local temporariamente fechado
format-other-TH = Tailandês
format-other-TL = Tagalo
format-other-TR = Estudo de tradições
format-other-TUR = Turco
format-other-UK = Ucraniano
format-other-W = Mulheres
format-other-X = Acesso para cadeira de rodas
format-other-XB = Banheiro acessível para cadeira de rodas
format-other-XT = Permitido comentar as partilhas
format-other-Y = Jovens

## A janela: as telas do app de desktop. Os ids estão agrupados por tela (nav-, meetings-,
## form-, cal-, night-, members-, houses-, feeds-, settings-, share-, error-…).

app-name = Homegroup
app-skip = Pular para o conteúdo
app-loading = Abrindo seu banco de dados…
app-cannot_open = O Homegroup não conseguiu abrir o banco de dados
app-cannot_open_help = Nada foi alterado. O arquivo continua onde estava:

nav-label = Seções
nav-meetings = Reuniões
nav-calendar = Calendário
nav-night = Dia de reunião
nav-members = Membros e fichas
nav-houses = Casas de apoio
nav-feeds = Feeds
nav-settings = Configurações
nav-sharing = Compartilhar

meetings-title = Reuniões
meetings-new = Nova reunião
meetings-empty = Nenhuma reunião ainda. Adicione a primeira reunião do seu grupo em “Nova reunião”.
meetings-count =
    { $n ->
        [one] { $n } reunião
       *[other] { $n } reuniões
    }
meetings-col-name = Reunião
meetings-col-when = Quando
meetings-col-where = Onde
meetings-col-fellowship = Irmandade
meetings-created = “{ $name }” foi salva.
meetings-online = On-line
meetings-phone = Por telefone
meetings-col-actions = Ações
meetings-edit = Editar
meetings-edit_named = Editar { $name }
meetings-dates = Datas e mudanças
meetings-dates_named = Datas e mudanças de { $name }
meetings-delete = Excluir esta reunião
meetings-delete_confirm = Excluir “{ $name }” com todas as datas, mudanças e presenças? Isso não pode ser desfeito.
meetings-deleted = “{ $name }” foi excluída.
meetings-inactive = inativa
meetings-search = Buscar
meetings-search_hint = nome, local, observações ou formato
meetings-found =
    { $n ->
        [one] { $n } reunião encontrada
       *[other] { $n } reuniões encontradas
    }
meetings-none_found = Nenhuma reunião com “{ $text }”.
meetings-shown = { $shown } de { $n } exibidas
meetings-more = Mostrar mais { $n }
meetings-place_to_confirm = Local a confirmar

first-title = Primeiros passos
first-meeting = Adicione a reunião do seu grupo.
first-meeting_how = O dia, o horário e o local, ou o link de vídeo: ela se repete sozinha.
first-import = Ou traga a lista da sua área.
first-import_how = De um servidor BMLT, de um arquivo do Meeting Guide ou de calendário, ou de uma planilha.
first-feed = Coloque suas reuniões na parede.
first-feed_how = Em Feeds você imprime um cartaz com um código QR que abre suas reuniões em qualquer celular.
first-night = No dia da reunião,
first-night_how = abra Dia de reunião: digite um apelido para registrar a presença; as fichas a entregar aparecem sozinhas.

form-title_new = Nova reunião
form-name = Nome
form-name_hint = Como os membros a conhecem, por exemplo “Esperança de Terça à Noite”.
form-fellowship = Irmandade
form-mode = Como participar
form-address = Endereço
form-venue_name = Nome do local
form-city = Cidade
form-url = Link de vídeo
form-dial_in = Número para ligar
form-repeats = Repetição
form-days = Dias
form-start_date = Primeira data
form-end_date = Última data (opcional)
form-start_time = Começa às
form-duration = Duração (minutos)
form-timezone = Fuso horário
form-save = Salvar reunião
form-saving = Salvando…
form-group_other_fellowship = { $group } é um grupo de { $fellowship }, então esta reunião não faz mais parte dele: escolha um grupo desta irmandade, ou nenhum.
form-cancel = Cancelar
form-fix = Corrija o campo destacado.
form-title_edit = Editar “{ $name }”
form-section-about = A reunião
form-section-where = Onde e como
form-section-when = Quando
form-section-more = Serviço e observações
form-group = Grupo
form-group_none = Nenhum grupo
form-group_new = Nome do novo grupo
form-group_add = Adicionar grupo
form-language = Idioma
form-formats = Formatos
form-formats_find = Procurar um formato (código ou nome); Enter o marca
form-formats_none = Nenhum formato corresponde a “{ $text }”.
input-required = Preencha este campo.
input-url = Informe um endereço da web completo, começando com https://
input-email = Informe um endereço de e-mail, como nome@exemplo.org.
input-too_short = Use pelo menos { $n } caracteres.
input-too_long = Use no máximo { $n } caracteres.
input-number = Informe um número inteiro.
input-number-min = Informe um número inteiro de { $min } ou mais.
input-number-range = Informe um número inteiro de { $min } a { $max }.
form-venue = Local
form-venue_new = Um novo local…
form-room = Sala
form-room_hint = ex.: Subsolo, Sala 4
form-platform_detected = Link do { $platform } reconhecido.
form-meeting_id = ID da reunião
form-passcode = Senha da reunião
form-passcode_public = O grupo permite mostrar a senha em calendários públicos
form-secret_params = Outras partes do link a manter privadas
form-secret_params_help = Nomes de parâmetros do link (depois do ? no link) que ficam fora dos calendários, listas e cartazes públicos. Senhas em links (pwd=…) ficam de fora, a não ser que o grupo permita.
form-one_tap = Ligar com um toque:
form-dial_in_notes = Observações sobre a ligação
form-every_weeks = A cada quantas semanas
form-every_months = A cada quantos meses
form-weeks = Quais semanas do mês
form-weekday = Dia da semana
form-month_dates = Nestes dias do mês
form-custom_rule = Regra de repetição (RFC 5545)
form-date = Data
form-facilitator = Coordenador ou facilitador de costume
form-facilitator_hint = Um primeiro nome ou nome de serviço; a escala do calendário pode indicar outra pessoa numa data.
form-verification = O grupo oferece comprovante de presença
form-verification_hint = Só a presença é confirmada, e pelo apelido.
form-active = Ativa (aparece nos calendários e feeds)
form-notes = Observações

fellowship-na = Narcóticos Anônimos
fellowship-smart = SMART Recovery
fellowship-other = Outra irmandade

mode-in_person = Presencial
mode-online = On-line
mode-hybrid = Híbrida
mode-phone = Só por telefone

repeat-once = Uma vez
repeat-weekly = Toda semana
repeat-monthly_weekday = Todo mês, num dia da semana
repeat-monthly_date = Todo mês, numa data
repeat-custom = Regra personalizada (importada)

day-MO = Seg
day-TU = Ter
day-WE = Qua
day-TH = Qui
day-FR = Sex
day-SA = Sáb
day-SU = Dom

screen-night-title = Dia de reunião
screen-night-body = A lista de presença da reunião fica aqui: apelidos que se completam ao digitar, contagem de recém-chegados e de pessoas na sala, e as fichas a entregar hoje.
screen-members-title = Membros e fichas
screen-members-body = Aqui ficarão os membros, conhecidos por apelido e, se quiserem, pela data limpa, seus chaveiros e medalhões, e o estoque de fichas.
screen-houses-title = Casas de apoio
screen-houses-body = Aqui serão gerenciados os moradores, as regras de reuniões da casa e o cumprimento semanal, com comprovantes de presença verificáveis.
screen-feeds-title = Feeds de calendário
screen-sharing-title = Compartilhar a programação

settings-title = Configurações
settings-language = Idioma
settings-language_system = Idioma do sistema ({ $name })
settings-database = Arquivo do banco de dados
settings-version = Versão
settings-schema = Versão do esquema
settings-timezone = Fuso horário deste computador
settings-encryption = Criptografia
settings-encrypted = O banco de dados está criptografado: sem a frase-senha, o arquivo neste computador não pode ser lido.
settings-not_encrypted = O banco de dados não está criptografado. Quem tiver acesso aos arquivos deste computador pode ver quem frequenta as reuniões. Uma frase-senha criptografa o arquivo inteiro.
settings-current_passphrase = Frase-senha atual
settings-new_passphrase = Nova frase-senha
settings-again = Repita a nova frase-senha
settings-set_passphrase = Criptografar com esta frase-senha
settings-change_passphrase = Trocar a frase-senha
settings-remove_passphrase = Remover a criptografia
settings-passphrase_mismatch = As duas novas frases-senha são diferentes.
settings-passphrase_warning = Guarde a frase-senha num lugar seguro: sem ela, ninguém consegue recuperar os dados, nem com um backup.
settings-encrypted_now = O banco de dados agora está criptografado.
settings-decrypted_now = O banco de dados não está mais criptografado.
settings-backups = Backups
settings-backups_help = Um backup é feito todo dia enquanto o Homegroup está aberto; os dez últimos ficam junto do banco de dados.
settings-backup_now = Fazer backup agora
settings-backup_made = Backup salvo como { $path }
settings-backup_when = Feito em
settings-backup_size = Tamanho
settings-restore = Restaurar
settings-restore_confirm = Substituir tudo pelo backup de { $when }? Antes, é feito um backup dos dados atuais.
settings-plain_backups_question =
    { $n ->
        [one] Um backup antigo não está criptografado: quem tiver acesso aos arquivos deste computador ainda pode lê-lo. O que fazer com ele?
       *[other] { $n } backups antigos não estão criptografados: quem tiver acesso aos arquivos deste computador ainda pode lê-los. O que fazer com eles?
    }
settings-plain_backups_encrypt = Criptografar com a nova frase-senha
settings-plain_backups_delete = Excluir
settings-plain_backups_cancel = Cancelar
settings-backup_protection = Proteção
settings-backup_encrypted = Criptografado
settings-backup_plain = Não criptografado
settings-restored = Restaurado. Os dados de antes da restauração foram guardados como backup.

error-meeting-name_empty = Dê um nome à reunião.
error-meeting-name_too_long = Um nome tem no máximo 200 caracteres.
error-schedule-invalid_timezone = Este fuso horário não é conhecido. Escolha um da lista, como America/Sao_Paulo.
error-schedule-timezone_missing = Escolha um fuso horário.
error-schedule-end_before_start = A última data é anterior à primeira.
error-schedule-no_days = Escolha pelo menos um dia.
error-schedule-invalid_duration = Uma reunião dura entre 1 minuto e 24 horas.
error-meeting-address_required = Uma reunião presencial ou híbrida precisa do endereço.
error-meeting-online_access_required = Uma reunião on-line ou híbrida precisa de um link de vídeo ou de um número para ligar.
error-meeting-dial_in_required = Uma reunião por telefone precisa de um número para ligar.
error-meeting-invalid_url = Um link de vídeo começa com https://
error-meeting-invalid_dial_in = Use algarismos, espaços e + - ( ) no número de telefone.
error-app-unexpected = Aconteceu algo que o Homegroup não esperava; nada foi alterado. Tente de novo e, se acontecer outra vez, reinicie o Homegroup.
error-import-no_source = Informe um endereço da web ou o caminho de um arquivo, ou escolha um arquivo.
error-import-bad_service_body = Órgãos de serviço são números, como 3, 17.
error-settings-passphrase_mismatch = As duas novas frases-senha são diferentes.
error-input-date = Informe uma data.
error-input-time = Informe um horário.
date-field-year = aaaa
date-field-month = mm
date-field-day = dd
error-schedule-no_weeks = Escolha pelo menos uma semana do mês.
error-schedule-invalid_week = As semanas do mês vão da 1ª à 4ª, ou a última.
error-secrets-bad_command = Isso não é uma linha de comando: confira as aspas.
error-secrets-command_failed = O comando que mostra a senha não funcionou. Rode o comando você mesmo para ver o motivo e tente de novo.
error-secrets-password_needed = Nenhuma senha está guardada para este servidor. Informe a senha só para esta vez, ou guarde um comando que a mostre.
error-secrets-no_keyring = O chaveiro de senhas deste computador não conseguiu guardar a senha. Informe um comando que a mostre, ou defina uma frase-senha no banco de dados para guardar a senha lá, criptografada, ou inicie o chaveiro de senhas (GNOME Keyring ou KWallet).
error-share-bad_reply = O servidor do calendário compartilhado mandou uma resposta que o Homegroup não conseguiu ler. O Homegroup vai tentar de novo.
error-share-bad_resource = Um evento do calendário compartilhado não pôde ser lido como reunião; ele foi deixado como está.
error-share-conflicts_open = Algumas mudanças feitas aqui e no calendário compartilhado não batem. Escolha quais manter em Compartilhar.
error-share-no_links = Esta programação ainda não está compartilhada. Adicione o endereço do calendário compartilhado em Compartilhar.
error-share-not_a_calendar = Esse endereço não é de um calendário CalDAV. Copie do servidor o endereço CalDAV do calendário.
error-schedule-invalid_month_day = Os dias do mês vão de 1 a 31.
error-schedule-invalid_interval = Repita a cada 1 a 52 semanas ou meses.
error-meeting-unknown_format = Um dos formatos não é conhecido nesta irmandade.
error-meeting-invalid_language = Use um código de idioma como pt ou es.
error-group-duplicate = Já existe um grupo com este nome.
error-group-name_empty = Dê um nome ao grupo.
error-exception-not_an_occurrence = A reunião não acontece nessa data.
error-exception-move_needs_change = Escolha a nova data, horário, duração ou link para onde remarcar.
error-calendar-range_backwards = A última data é anterior à primeira.
error-remote-auth = O servidor recusou o nome de usuário ou a senha.
error-remote-network = Não foi possível acessar o servidor. Verifique o endereço e a conexão com a internet.
error-remote-not_found = Não há calendário nem pasta nesse endereço, e não foi possível criar um. Crie primeiro no servidor.
error-publish-invalid_url = Informe o endereço da coleção, começando com https://
error-feed-name_empty = Dê um nome ao feed.
error-feed-duplicate = Já existe um feed com este nome.
error-import-html = Esse endereço trouxe uma página da web, não uma lista de reuniões. Pode ser uma página de login ou de “acesso negado”: abra o endereço no navegador, baixe a lista e importe o arquivo.
error-database-wrong_passphrase = Essa frase-senha não abre o banco de dados; nada foi alterado. Verifique o Caps Lock e tente de novo.
error-database-passphrase_empty = Digite uma frase-senha: algumas palavras são fáceis de lembrar.
error-serve-port_taken = Outro programa está usando a porta em que os feeds de calendário são servidos, então os calendários assinados não conseguem acessá-los. Feche o outro programa (outro Homegroup, ou homegroup serve) e abra esta tela de novo.
error-schedule-too_frequent = Uma reunião se repete no máximo uma vez por dia; esta regra se repete com mais frequência.
error-schedule-invalid_count = O número de datas deve ser 1 ou mais.
error-schedule-count_too_large = Uma reunião pode terminar depois de no máximo 5.000 datas; informe uma data final.
error-schedule-year_out_of_range = Uma reunião não pode ter esse ano: use um ano de 1900 a 2199.
error-publish-insecure_url = Esse endereço usa http:// simples, e a senha viajaria sem criptografia. Use o endereço https:// (http:// só funciona para um servidor neste computador).
error-import-json_cut_short = A lista termina no meio: ela foi cortada. Baixe de novo.
error-import-json_too_deep = O arquivo tem listas dentro de listas em níveis demais para ser uma lista de reuniões.
error-import-json_bad_number = O arquivo contém um número grande demais para fazer sentido; não é uma lista de reuniões que o Homegroup consiga ler.
error-import-json_bad_text = O arquivo contém texto corrompido (um caractere de escape que não é um caractere).
error-import-not_utf8_export = O arquivo não é texto UTF-8, como o formato exige. Exporte de novo de onde ele veio, ou peça isso a quem cuida dele.
error-input-invalid_value = O Homegroup não pode usar este valor aqui; confira e tente de novo.
error-input-malformed = Algo no formulário não pôde ser lido; confira os valores e tente de novo.
error-member-duplicate_nickname = Alguém neste grupo já tem esse apelido; acrescente uma inicial para diferenciar.
error-io = Não foi possível usar um arquivo: verifique se ele existe e se o Homegroup pode ler e gravar nele.
error-document-not_saved_here = Só um documento salvo nesta janela pode ser aberto por ela.
error-document-cannot_open = Nenhum programa deste computador abriu o arquivo; abra o arquivo pela pasta dele.
error-backup-damaged = Esse backup está danificado e não foi usado; escolha outro.
error-backup-interrupted = O backup parou de repente; nada foi alterado. Tente de novo.
error-backup-missing = Esse arquivo de backup não está mais lá; escolha outro.
error-backup-not_a_database = Esse arquivo não é um backup do Homegroup, ou foi feito com outra frase-senha.
error-backup-not_homegroup = Esse arquivo é um banco de dados, mas não do Homegroup; ele não foi usado.
error-calendar-range_too_long = Mostre no máximo 400 dias de cada vez.
error-chips-already_awarded = Essa ficha já foi entregue para esta data limpa.
error-chips-default_scheme = Estas são as fichas padrão da irmandade; primeiro faça uma cópia para o seu grupo, depois edite.
error-chips-invalid_amount = Diga quantos dias, meses ou anos o marco representa.
error-chips-invalid_item = Um marco é um chaveiro, um medalhão ou uma ficha.
error-chips-invalid_nth = Esse marco só é entregue uma vez.
error-chips-invalid_stock = O estoque é um número inteiro, a partir de 0.
error-chips-label_empty = Dê um nome ao marco, por exemplo “30 dias”.
error-chips-milestone_awarded = Este marco já foi entregue; ele fica para o histórico continuar correto.
error-closure-corrupt = Uma data de suspensão guardada não pode ser lida; remova a suspensão e adicione de novo.
error-database-busy = Outro programa deixou o banco de dados ocupado por muito tempo; tente de novo quando ele terminar.
error-database-error = O banco de dados não conseguiu fazer isso; nada foi alterado. Se acontecer de novo, faça um backup e restaure esse backup.
error-database-in_use = Outro programa está com o banco de dados aberto (outro Homegroup, ou homegroup serve); feche esse programa e tente de novo. Nada foi alterado.
error-database-migration = Não foi possível atualizar o banco de dados; ele ficou como estava. Restaure um backup ou peça ajuda.
error-database-no_data_dir = Não há uma pasta conhecida para os dados do Homegroup deste usuário; defina HOMEGROUP_DB com um arquivo.
error-database-not_a_database = Esse arquivo não é um banco de dados do Homegroup, ou está criptografado e precisa da frase-senha.
error-database-passphrase_required = O banco de dados está criptografado: digite a frase-senha para abri-lo.
error-database-passphrase_short = Uma frase-senha tem pelo menos 8 caracteres; algumas palavras são fáceis de lembrar.
error-database-plaintext_backups = Alguns backups antigos não estão criptografados: escolha criptografá-los com a nova frase-senha ou excluí-los.
error-database-too_new = Este banco de dados foi gravado por um Homegroup mais novo; ele não foi aberto nem alterado. Instale a versão mais nova para usá-lo.
error-exception-invalid_occurrence = Essa não é uma das datas da reunião.
error-feed-unknown = Não há calendário com esse nome.
error-group-contact_too_long = Um contato tem no máximo 200 caracteres: um telefone ou um e-mail.
error-group-name_too_long = Um nome de grupo tem no máximo 120 caracteres.
error-house-duplicate = Já existe uma casa com esse nome.
error-house-invalid_count = Uma regra pede entre 1 e 1.000 reuniões.
error-house-invalid_days = Diga em quantos dias a regra conta, por exemplo 90.
error-house-name_empty = Dê um nome à casa.
error-import-bad_csv = A primeira linha do arquivo CSV não pode ser lida; salve o arquivo de novo na planilha como “CSV UTF-8”.
error-import-bad_ics = O arquivo de calendário está corrompido; baixe ou exporte de novo.
error-import-bad_json = O arquivo não é um JSON válido; pode ter sido editado à mão, ou não é uma lista de reuniões.
error-import-csv_columns = A primeira linha de um CSV de reuniões dá nome às colunas, em inglês: pelo menos Name, Day e Time.
error-import-empty = A lista está vazia.
error-import-interrupted = A importação parou de repente; nada foi alterado. Tente de novo.
error-import-invalid_url = Isso não é um endereço da web nem um arquivo deste computador.
error-import-no_meetings = A lista pode ser lida, mas não tem nenhuma reunião.
error-import-not_utf8 = O arquivo não é texto UTF-8; na planilha, salve como “CSV UTF-8”.
error-import-too_big = Esse endereço manda muito mais dados do que qualquer lista de reuniões; confira o endereço.
error-import-too_large = O arquivo é muito maior do que qualquer lista de reuniões; confira se é o arquivo certo.
error-import-too_many = A lista tem muito mais reuniões do que qualquer região (mais de 100.000); confira se é o arquivo certo.
error-import-unknown_format = Esta não é uma lista de reuniões que o Homegroup consiga ler (JSON do Meeting Guide, BMLT, iCalendar ou CSV).
error-import-wrong_shape = Uma lista do Meeting Guide é uma lista de reuniões; este arquivo contém outra coisa.
error-keys-malformed = Uma linha deste arquivo de verificação está danificada; peça o arquivo de novo ao grupo.
error-keys-none = Este não é um arquivo de verificação do Homegroup.
error-meeting-invalid_fellowship = Escolha uma irmandade da lista.
error-meeting-invalid_mode = Escolha como participar: presencial, on-line, híbrida ou por telefone.
error-meeting-unknown_group = Esse grupo não existe mais; escolha outro.
error-member-clean_date_future = A data limpa está no futuro.
error-member-nickname_empty = Informe um apelido: um primeiro nome ou uma inicial basta.
error-member-nickname_identifying = Um apelido não pode ser um e-mail nem um número de telefone.
error-member-nickname_too_long = Um apelido tem no máximo 40 caracteres.
error-member-relapse_before_clean_date = A nova data limpa precisa ser depois da atual.
error-night-future = Essa reunião ainda não aconteceu.
error-night-invalid_count = Uma contagem vai de 0 a 10.000.
error-night-not_an_occurrence = A reunião não acontece nesse horário.
error-not_found = Isso foi excluído nesse meio-tempo; recarregue a tela.
error-outside-future = Essa data ainda não chegou.
error-outside-name_required = Informe o nome da reunião frequentada.
error-outside-slip_other_date = O comprovante não mostra uma reunião nessa data.
error-outside-slip_other_member = Este comprovante é de outra pessoa.
error-print-page_count = Esse número de páginas não pode ser impresso neste formato: um livreto leva um múltiplo de 4 páginas, uma folha dobrada 2 lados.
error-print-too_long = A lista não cabe em tantas páginas nem com a menor letra ainda legível: permita mais páginas ou imprima as reuniões de um só calendário.
error-qr-too_long = Este endereço é longo demais para um código QR.
error-resource-invalid_phone = Isso não é um número de telefone: use dígitos (pelo menos três), espaços, + - ( ) . e as letras de um número com palavra como 1-800-GET-HELP.
error-resource-invalid_url = Isso não é um endereço da web: informe o endereço completo, começando com https://
error-resource-name_empty = Dê ao recurso o nome pelo qual as pessoas o conhecem.
error-resource-no_contact = Informe um número de telefone ou um endereço da web, ou os dois.
error-resource-too_long = Isso é mais longo do que cabe numa lista impressa (no máximo 120 caracteres).
error-remote-refused = O servidor recusou o pedido; confira o endereço e o seu acesso lá.
error-flyer-local_only = Este feed só é servido neste computador, então um celular não consegue acessar o endereço do cartaz. Publique antes o feed numa pasta na web ou num servidor de calendário (Feeds → Publicar), ou compartilhe os feeds nesta rede Wi-Fi.
error-publish-changed_on_server = Alguém alterou o arquivo no servidor depois que o Homegroup o gravou, então ele não foi sobrescrito. Confira o arquivo lá, exclua-o da pasta e publique de novo.
error-publish-invalid_public_url = Informe o endereço público que os membros vão usar, começando com https://
error-publish-public_differs = O endereço público mostra outra coisa, não o que foi enviado. Confira se é o endereço da web da pasta ou do calendário onde o Homegroup publica.
error-publish-public_is_html = O endereço público mostra uma página da web (um login ou a visão de uma pasta) em vez do arquivo do calendário. Use o endereço que entrega os próprios arquivos.
error-publish-public_needs_login = O endereço público pede login, então os apps de calendário dos membros não conseguem ler. Torne a pasta ou o calendário público no servidor.
error-publish-public_not_found = Não há nada no endereço público. Confira se é o endereço da web da pasta para onde o Homegroup envia os arquivos.
error-publish-public_refused = O endereço público recusou um visitante anônimo. Confira as configurações de compartilhamento do servidor.
error-publish-public_unreachable = Não foi possível acessar o endereço público. Confira o endereço e se o servidor está na internet.
error-remote-forbidden = O servidor não deixa este login gravar ali. Confira no servidor as configurações de compartilhamento da pasta ou do calendário.
error-remote-server_error = O servidor teve um problema próprio e não conseguiu responder. O Homegroup vai tentar de novo daqui a pouco; nada se perdeu.
error-remote-full = O servidor não tem mais espaço para esta conta.
error-remote-login_page = Esse endereço é uma página da web (provavelmente de login), não uma pasta WebDAV. Use o endereço WebDAV do servidor.
error-remote-redirected = O servidor mandou o Homegroup para outra página, normalmente de login. Use o próprio endereço WebDAV ou CalDAV do servidor.
error-remote-timeout = O servidor não respondeu a tempo. O Homegroup vai tentar de novo mais tarde.
error-report-invalid_range = A data final é anterior à data inicial.
error-resident-duplicate = Este membro já mora na casa.
error-resident-move_in_future = A data de entrada é daqui a mais de dois meses.
error-resident-move_in_required = Informe a data de entrada.
error-resident-move_out_before_in = A data de saída é anterior à data de entrada.
error-roster-name_too_long = Um nome na escala tem no máximo 80 caracteres.
error-schedule-date_after_end = Uma das datas é depois da última data.
error-schedule-invalid_rule = A regra de repetição não é válida; escolha uma repetição da lista.
error-serve-bind = Os feeds de calendário não podem ser servidos no endereço de rede deste computador.
error-slip-bad_key = A chave guardada do grupo está danificada; revogue a chave para criar uma nova.
error-slip-invalid_range = A data final é anterior à data inicial.
error-slip-malformed = Isto não é um código de comprovante (12 letras e algarismos) nem o texto do código QR de um comprovante.
error-slip-no_attendance = Não há presença registrada deste membro nas reuniões do grupo nessas datas.
error-slip-no_checkin = O comprovante cita uma reunião em que este membro não registrou presença.
error-slip-no_key = O grupo ainda não tem chave; ela é criada com o primeiro comprovante.
error-slip-not_offered = Este grupo não oferece comprovante de presença.
error-slip-revoked = O grupo revogou a chave que assinou este comprovante; peça um novo comprovante ao grupo.
error-slip-tampered = O comprovante foi alterado depois de assinado: a assinatura não confere.
error-slip-unknown_code = Nenhum comprovante com este código foi emitido aqui; escaneie o código QR do comprovante para conferir com a chave pública do grupo.
error-slip-unknown_key = O comprovante foi assinado com uma chave que este computador não conhece; importe antes a chave pública do grupo.
error-source-invalid_refresh = Atualize no máximo a cada 15 minutos e no mínimo uma vez por mês.
error-source-invalid_time = O Homegroup não consegue ler esse horário.
error-venue-address_required = Informe o endereço do local.
error-venue-invalid_latitude = Uma latitude fica entre -90 e 90.
error-venue-invalid_longitude = Uma longitude fica entre -180 e 180.
error-venue-partial_coordinates = Informe a latitude e a longitude, ou nenhuma das duas.

week-1 = 1ª
week-2 = 2ª
week-3 = 3ª
week-4 = 4ª
week-last = Última

dayname-MO = segunda-feira
dayname-TU = terça-feira
dayname-WE = quarta-feira
dayname-TH = quinta-feira
dayname-FR = sexta-feira
dayname-SA = sábado
dayname-SU = domingo

status-scheduled = Prevista
status-cancelled = Cancelada
status-moved = Remarcada
status-closed = Suspensa
status-noted = Observação

dates-title = Datas de “{ $name }”
dates-close = Fechar
dates-cancel = Cancelar data
dates-move = Remarcar
dates-note = Adicionar observação
dates-undo = Desfazer mudança
dates-none = Nenhuma data nos próximos seis meses.
dates-new_url = Link para esta data
dates-reason = Motivo
dates-note_text = Observação
dates-form-cancelled = Cancelar a reunião de { $date }
dates-form-moved = Remarcar a reunião de { $date }
dates-form-noted = Observação para { $date }
dates-apply-cancelled = Cancelar esta data
dates-apply-moved = Remarcar esta data
dates-apply-noted = Salvar observação
dates-saved-cancelled = Reunião de { $date } cancelada.
dates-saved-moved = Reunião de { $date } remarcada.
dates-saved-noted = Observação salva para { $date }.
dates-restored = A reunião de { $date } voltou ao normal.

closures-title = Suspensões temporárias
closures-hint = Todas as datas do período aparecem como suspensas e não são publicadas como reuniões que acontecem.
closures-from = De
closures-to = Até
closures-add = Suspender nestas datas
closures-remove = Retomar

cal-title = Calendário
cal-zone = Horários mostrados em
cal-filters = Filtrar reuniões
cal-search = Buscar
cal-search_hint = nome, local, observações
cal-any = Qualquer
cal-day = Dia
cal-format = Formato
cal-today = Hoje
cal-month = Mês
cal-week = Semana
cal-agenda = Lista
cal-count =
    { $n ->
        [one] { $n } ocorrência exibida
       *[other] { $n } ocorrências exibidas
    }
cal-side = Detalhes e avisos
cal-local_time = { $time } no local da reunião ({ $zone })
cal-was = era { $time }
cal-facilitator = Facilitador: { $person }
cal-no_facilitator = Nenhum coordenador ou facilitador indicado.
cal-conflicts = Choques de horário
cal-no_conflicts = Nenhum choque de horário nestas datas.
cal-conflict-same_room = “{ $a }” e “{ $b }” se sobrepõem na mesma sala em { $date }.
cal-conflict-same_facilitator = “{ $a }” e “{ $b }” se sobrepõem com o mesmo facilitador em { $date }.
cal-unstaffed = Reuniões SMART sem facilitador
cal-all_staffed = Todas as próximas reuniões SMART exibidas têm facilitador.
cal-assign = Designar
cal-assign_hint = Facilitador
cal-assign_label = Facilitador de { $name } em { $date }
cal-assigned = { $person } vai facilitar { $name } em { $date }.
cal-today_is = Hoje: { $date }
cal-prev_month = Mês anterior
cal-next_month = Próximo mês
cal-prev_week = Semana anterior
cal-next_week = Próxima semana
cal-view = Visualização
cal-more =
    { $n ->
        [one] mais { $n }
       *[other] mais { $n }
    }
cal-nothing = Nenhuma reunião nestes dias.
cal-narrow = As primeiras { $n } estão na lista; restrinja os filtros para ver o resto.
cal-more_conflicts =
    { $n ->
        [one] e mais { $n } choque de horário; restrinja os filtros para vê-lo
       *[other] e mais { $n } choques de horário; restrinja os filtros para ver todos
    }

ord-last = última
ord-last_day = último dia
ord-1 = 1ª
ord-2 = 2ª
ord-3 = 3ª
ord-4 = 4ª
ord-5 = 5ª
ord-day = { $n }

dayname_pl-MO = segundas
dayname_pl-TU = terças
dayname_pl-WE = quartas
dayname_pl-TH = quintas
dayname_pl-FR = sextas
dayname_pl-SA = sábados
dayname_pl-SU = domingos

rule-once = uma vez, em { $date }
rule-daily = todo dia
rule-daily_except = todo dia, exceto { $day }
rule-weekly = toda semana: { $days }
rule-biweekly = semana sim, semana não: { $days }
rule-weekly_n = a cada { $n } semanas: { $days }
rule-monthly_weekday = { $day } da { $weeks } semana do mês
rule-monthly_weekday_n = { $day } da { $weeks } semana do mês, a cada { $n } meses
rule-monthly_date = todo mês, no dia { $dates }
rule-monthly_date_n = a cada { $n } meses, no dia { $dates }
rule-dates = em { $dates }
rule-custom = pela regra { $rule }
rule-until = até { $date }

feeds-lead = Os membros assinam uma vez só, e o app de calendário deles acompanha cada mudança. Os feeds só têm reuniões: nunca membros, presenças ou fichas.
feeds-server = Servidor de feeds
feeds-serving_local = Os feeds são servidos em { $base }, só neste computador.
feeds-serving_lan = Os feeds são servidos em { $base } para celulares e computadores desta rede.
feeds-not_serving = O servidor de feeds não está funcionando; reinicie o Homegroup para tentar de novo.
feeds-share_lan = Compartilhar os feeds com celulares desta rede
feeds-share_hint = Os celulares precisam estar na mesma rede Wi-Fi, com este computador ligado. Para chegar aos membros em qualquer lugar, publique num servidor de calendário, abaixo.
feeds-qr_alt = Código QR para assinar { $name }
feeds-count =
    { $n ->
        [one] { $n } reunião
       *[other] { $n } reuniões
    }
feeds-webcal = Link de assinatura (webcal)
feeds-http = Endereço do calendário (https/http)
feeds-json = JSON do Meeting Guide
feeds-copy = Copiar
feeds-copied = Copiado: { $what }.
feeds-flyer = Imprimir cartaz (PDF)
feeds-flyer_saved = Cartaz salvo como { $path }
feeds-delete = Excluir feed
feeds-delete_confirm = Excluir o feed “{ $name }”? Os calendários que o assinam deixam de ser atualizados.
feeds-new = Novo feed
feeds-name = Nome
feeds-name_hint = ex.: Reuniões on-line
feeds-holds = Contém
feeds-kind-online = Reuniões on-line, por telefone e híbridas
feeds-kind-language = Reuniões num idioma
feeds-kind-format = Reuniões com um formato
feeds-kind-group = Reuniões de um grupo
feeds-kind-program = A programação inteira
feeds-add = Adicionar feed
feeds-created = Feed “{ $name }” adicionado.
feeds-publish = Publicar onde os membros sempre possam acessar
feeds-publish_hint = Uma pasta na web (WebDAV: Nextcloud, ownCloud, Apache, muitas hospedagens de sites) ou um servidor de calendário (CalDAV: Nextcloud, Radicale…) mantém os calendários dos membros em dia mesmo com este computador desligado. Com o Homegroup aberto, ele publica de novo sozinho depois de cada mudança.
feeds-which = Feed
feeds-collection = Endereço de envio
feeds-user = Nome de usuário
feeds-password = Senha
feeds-publish_add = Salvar e publicar
feeds-publish_now = Publicar agora
feeds-remove_confirm = Parar de publicar em { $url }? Nada é excluído lá; os membros que assinaram deixam de receber as mudanças.
feeds-publish_save = Salvar e publicar
feeds-remove = Remover
feeds-last_run = última publicação: { $at }
feeds-program_name = Programação completa
feeds-public_webcal = Link de assinatura, sempre no ar
feeds-public_http = Endereço do calendário, sempre no ar
feeds-local_only = Servido por este computador, só para este computador
feeds-local_wifi = Servido por este computador, nesta rede Wi-Fi, enquanto ele estiver ligado
feeds-qr_public = Funciona em qualquer lugar, a qualquer hora
feeds-qr_local = Só funciona neste computador: publique o feed para os celulares
feeds-qr_wifi = Funciona nesta rede Wi-Fi enquanto este computador estiver ligado
feeds-kind_label = Tipo
feeds-kind_webdav = Pasta na web (WebDAV)
feeds-kind_caldav = Servidor de calendário (CalDAV)
feeds-public_url = Endereço público que os membros usam
feeds-public_url_hint_webdav = O endereço da web que mostra esta pasta para todos, ex.: https://example.org/reunioes/
feeds-public_url_hint_caldav = O link público do calendário, se o servidor oferecer
feeds-published_ago = Publicado { $ago }
feeds-never_published = Ainda não publicado
feeds-public_ok = Os membros assinam em { $url }
feeds-public_problem = O envio funcionou, mas o endereço público não: { $why }
feeds-failed = A última tentativa falhou: { $why } O Homegroup tenta de novo sozinho.
feeds-no_public = Nenhum endereço público informado: os membros ainda não podem assinar por aqui.
feeds-published = Publicado em { $url }: { $created } novas, { $updated } atualizadas, { $unchanged } sem mudança, { $deleted } removidas.
feeds-kind-meeting = Uma reunião
printlist-open = Imprimir lista de reuniões…
printlist-title = Imprimir a lista de reuniões: { $name }
printlist-lead = Dobrada no bolso, colada numa porta, deixada num hospital: escolha como vai no papel. As imagens mostram a primeira folha, dos dois lados, como será impressa.
printlist-layout = Formato
printlist-layout-full = Páginas inteiras, duas colunas
printlist-layout-trifold = Tríptico (uma folha dobrada em três)
printlist-layout-quadfold = Dobra em quatro (uma folha, quatro painéis por lado)
printlist-layout-booklet = Livreto (dobrado ao meio)
printlist-group_by = Agrupada
printlist-by_day = Por dia e horário
printlist-by_city = Por cidade
printlist-first_day = A semana começa no(a)
printlist-cities = Primeiro estas cidades, nesta ordem
printlist-cities_hint = Separadas por vírgulas; as outras seguem em ordem alfabética.
printlist-paper = Papel
printlist-paper_usual = O usual para este formato
printlist-paper-letter = Carta
printlist-paper-a4 = A4
printlist-paper-legal = Ofício (Legal)
printlist-pages = Exatamente estas páginas
printlist-pages_hint = Deixe vazio para quantas forem precisas; a letra diminui um pouco para caber.
printlist-pages_number = Informe o número de páginas em algarismos, ou deixe vazio.
printlist-link_qr = Reuniões on-line com um código QR do link
printlist-save = Salvar PDF…
printlist-close = Fechar
printlist-preview_alt = O primeiro lado da lista de reuniões, como será impresso
printlist-preview_back = O outro lado da mesma folha
printlist-summary = { $meetings ->
    [one] Uma reunião
   *[other] { $meetings } reuniões
} em { $pages ->
    [one] uma página
   *[other] { $pages } páginas
}.
printlist-shrunk = { " " }A letra está a { $percent }% para caber.
printlist-drawing = Desenhando a pré-visualização…
printlist-saved = Lista de reuniões salva em { $path }.
resources-title = Recursos locais
resources-lead = Linhas de ajuda, de crise e buscadores de tratamento para o recém-chegado que precisa de mais que uma reunião hoje. Saem em cada lista e folheto impressos e na descrição dos calendários.
resources-none = Ainda não há recursos locais. Um programa novo começa sem nenhum: adicione os que sua área confia.
resources-name = Nome
resources-name_hint = CVV 188
resources-phone = Telefone
resources-url = Endereço da web
resources-hours = Horário
resources-add = Adicionar recurso
resources-save = Salvar recurso
resources-added = { $name } adicionado.
resources-saved = { $name } salvo.
resources-removed = { $name } removido.
resources-remove = Remover
resources-remove_confirm = Remover { $name } de todas as listas impressas, folhetos e calendários?
resources-up = Subir { $name }
resources-down = Descer { $name }

secrets-command_label = Ou um comando que mostre a senha
secrets-command_hint = Executado cada vez que a senha é necessária, sem shell; só o comando é guardado, nunca o que ele mostra.

import-open = Importar uma lista de reuniões…
import-title = Importar uma lista de reuniões
import-intro = De um feed do Meeting Guide, um servidor BMLT, um arquivo de calendário (.ics) ou uma planilha (CSV). Você vê o que mudaria antes de salvar qualquer coisa; importar a mesma lista de novo atualiza as mesmas reuniões.
import-location = Endereço da web ou caminho do arquivo
import-or_file = …ou escolha um arquivo
import-format = Formato
import-format-auto = Reconhecer automaticamente
import-fellowship = Irmandade destas reuniões
import-service_bodies = Órgãos de serviço (ids do BMLT)
import-service_bodies_help = Números separados por vírgulas; deixe vazio para todas as reuniões do servidor.
import-bad_service_body = Órgãos de serviço são números, como 3, 17.
import-need_source = Informe um endereço da web ou o caminho de um arquivo, ou escolha um arquivo.
import-progress = { $done } de { $total } reuniões
import-reading = Lendo a lista…
import-applying = Importando…
import-preview_title = O que esta importação mudaria ({ $format })
import-created = novas
import-updated = alteradas
import-unchanged = sem mudança
import-removed = removidas
import-new_meetings =
    { $n ->
        [one] { $n } reunião nova
       *[other] { $n } reuniões novas
    }
import-changed_meetings =
    { $n ->
        [one] { $n } reunião alterada
       *[other] { $n } reuniões alteradas
    }
import-removed_meetings =
    { $n ->
        [one] { $n } reunião que não está mais na lista, a ser removida
       *[other] { $n } reuniões que não estão mais na lista, a serem removidas
    }
import-kept =
    { $n ->
        [one] Você editou aqui { $n } destas reuniões; a sua versão é mantida:
       *[other] Você editou aqui { $n } destas reuniões; as suas versões são mantidas:
    }
import-overwrite = Substituir minhas edições pela versão da lista
import-skipped =
    { $n ->
        [one] { $n } item não pôde ser usado
       *[other] { $n } itens não puderam ser usados
    }
import-preview = Pré-visualizar
import-apply = Importar
import-nothing = Nada a mudar
import-done = Importado: { $created } novas, { $updated } alteradas, { $unchanged } sem mudança, { $removed } removidas.
import-warning = { $record }: { $problem }
import-record-name = "{ $name }"
import-record-line = linha { $n }
import-record-number = registro { $n }
import-record-event = evento { $uid }
import-record-unnamed = uma reunião sem nome
import-problem-not_a_meeting = não é uma reunião
import-problem-no_name = sem nome
import-problem-no_id = sem o identificador que a lista lhe dá (um slug do Meeting Guide, um id do BMLT)
import-problem-duplicate_id = o id { $value } aparece duas vezes; o segundo foi ignorado
import-problem-unpublished = não publicada no servidor
import-problem-no_day = sem dia
import-problem-by_appointment = sem dia (uma reunião com hora marcada)
import-problem-bad_day = "{ $value }" não é um dia da semana
import-problem-bad_time = "{ $value }" não é um horário como 19:00 ou 7:00 PM
import-problem-unknown_zone = o fuso horário "{ $value }" não é conhecido nem está definido no arquivo
import-problem-all_day = um evento de dia inteiro, não uma reunião com horário de início
import-problem-bad_length = dura { $value } minutos; uma reunião dura entre 1 minuto e 24 horas
import-problem-bad_rule = não dá para seguir a regra de repetição ({ $value })
import-problem-invalid = as verificações do Homegroup a recusaram
import-problem-refused = { $reason } ({ $value })
import-problem-unknown_formats = os formatos { $value } não têm equivalente aqui e ficaram de fora
import-problem-extra_dates = { $value } datas extras ao lado da regra de repetição ficaram de fora
import-problem-extra_dates_time = as datas extras em outro horário foram lidas no horário de sempre
import-problem-orphan_changes = as mudanças no evento { $value } ficaram de fora: o arquivo não tem o evento que elas mudam
import-problem-change_unreadable = não foi possível ler a data mudada { $value }
import-problem-change_not_a_date = uma mudança em { $value } ficou de fora: a reunião não acontece nesse dia
import-problem-recorded = { $value }
import-reason-not_a_meeting = Não é uma reunião
import-reason-no_name = Sem nome
import-reason-no_id = Sem o identificador que a lista lhe dá
import-reason-duplicate_id = O mesmo id duas vezes
import-reason-unpublished = Não publicada no servidor
import-reason-no_day = Sem dia da semana
import-reason-by_appointment = Com hora marcada, sem dia
import-reason-bad_day = Um dia que não é dia da semana
import-reason-bad_time = Um horário que não deu para ler
import-reason-unknown_zone = Um fuso horário desconhecido
import-reason-all_day = Um evento de dia inteiro
import-reason-bad_length = Menos de um minuto ou mais de um dia
import-reason-bad_rule = Uma regra de repetição que não dá para seguir
import-reason-invalid = Recusada pelas verificações do Homegroup
import-reason-unknown_formats = Códigos de formato sem equivalente aqui, deixados de fora
import-reason-extra_dates = Datas extras ao lado de uma regra de repetição, deixadas de fora
import-reason-extra_dates_time = Datas extras em outro horário, lidas no de sempre
import-reason-orphan_changes = Mudanças num evento que o arquivo não tem
import-reason-change_unreadable = Uma data mudada que não deu para ler
import-reason-change_not_a_date = Uma mudança num dia em que a reunião não acontece
import-reason-recorded = Anotado por uma versão anterior
import-summary-partly = { $n ->
    [one] Uma entrou com algo deixado de fora
   *[other] { $n } entraram com algo deixado de fora
}
import-summary-skipped = { $n ->
    [one] Uma entrada foi pulada
   *[other] { $n } entradas foram puladas
}
import-summary-will_come = { $n ->
    [one] Vai entrar uma reunião
   *[other] Vão entrar { $n } reuniões
}
import-summary-will_partly = { $n ->
    [one] Uma vai entrar com algo deixado de fora
   *[other] { $n } vão entrar com algo deixado de fora
}
import-summary-will_skip = { $n ->
    [one] Uma entrada vai ser pulada
   *[other] { $n } entradas vão ser puladas
}
import-more = { $n ->
    [one] …e mais uma.
   *[other] …e mais { $n }.
}
import-choose_file = Escolher um arquivo…

sources-title = Listas importadas
sources-never_run = Ainda não importada
sources-failed = { $when }: falhou ({ $why }); nada foi alterado
sources-ran = Última: { $when }: { $created } novas, { $updated } alteradas, { $removed } removidas
sources-run_counts = { $created } novas, { $updated } alteradas, { $unchanged } sem mudança, { $removed } removidas
sources-refresh_label = Com que frequência atualizar { $source }
sources-every-never = Atualizar manualmente
sources-every-hour = A cada hora
sources-every-six_hours = A cada 6 horas
sources-every-day = Todo dia
sources-every-week = Toda semana
sources-refresh = Atualizar agora
sources-refreshing = Atualizando…
sources-history = Histórico
sources-forget = Esquecer
sources-forget_confirm = Esquecer { $source }? As reuniões continuam aqui, como suas, e deixam de ser atualizadas por essa lista.

common-save = Salvar

night-title = Dia de reunião
night-meeting = Reunião
night-date = Data
night-no_meetings = Nenhuma reunião ainda. Adicione uma na tela Reuniões e depois registre as presenças aqui.
night-checkin = Presença
night-type_name = Digite um apelido…
night-hint = Enter registra o nome destacado (↑ ↓ para escolher). Um nome que ninguém tem ainda é adicionado como recém-chegado.
night-add_newcomer = Adicionar “{ $name }” como recém-chegado
night-already_in = A presença de { $name } já foi registrada hoje
night-checked_in = Presença de { $name } registrada.
night-newcomer_added = Boas-vindas, { $name }! Cadastro feito e presença registrada.
night-here = Presentes hoje
night-first_time = primeira vez
night-days =
    { $n ->
        [one] { $n } dia
       *[other] { $n } dias
    }
night-undo_named = Desfazer a presença de { $name }
night-counts = Contagens
night-attendance = Na sala
night-newcomers = Recém-chegados
night-less = Um a menos: { $what }
night-more = Um a mais: { $what }
night-held = A reunião aconteceu
night-due = Fichas a entregar hoje
night-none_due = Nada a entregar para quem está presente.
night-in_box = { $n } na caixa
night-award_named = Entregar a { $name }: { $chip }
night-award = Entregar
night-awarded = Entregue a { $name }: { $chip }.
night-awarded_tonight = Entregues hoje
night-undo_award = Desfazer a entrega a { $name }: { $chip }
night-trends = As últimas 12 semanas
night-export_csv = Salvar o relatório de 90 dias (CSV)
night-csv_saved = Relatório salvo como { $path }
night-nothing_today_next = Nenhuma reunião sua hoje. A próxima: { $name }, { $when }.
night-nothing_today = Nenhuma reunião hoje, nem nos próximos 60 dias.
night-nothing_today_pick = Para registrar outra reunião, escolha acima ou digite o nome dela.
night-choose_meeting = Escolha uma reunião
night-nothing_today_next_any = Nenhuma reunião acontece hoje. A próxima: { $name }, { $when }.
night-other_meeting = Outra reunião
night-find_hint = digite o nome dela

chip-item-keytag = chaveiro
chip-item-medallion = medalhão
chip-item-chip = ficha
chip-item-coin = moeda

trend-attendance_label = Presença por semana, com os recém-chegados na base de cada barra
trend-chips_label = Fichas entregues por semana
trend-attendance = Presença
trend-newcomers = Recém-chegados
trend-returning = Membros que voltaram
trend-chips = Fichas entregues
trend-week = Semana de
trend-meetings = Reuniões
trend-show_numbers = Mostrar os números
trend-hide_numbers = Ocultar os números

members-title = Membros e fichas
members-intro = Os membros são conhecidos por um apelido e, se quiserem, por uma data limpa. Nada mais é pedido nem guardado.
members-nickname = Apelido
members-clean_date = Data limpa
members-clean_time = Tempo limpo
members-last_seen = Última vez aqui
members-group = Grupo de escolha
members-no_group = Nenhum grupo em especial
members-add = Adicionar membro
members-added_to = { $name } agora faz parte de { $group }.
members-added_no_group = { $name } foi cadastrado, sem grupo em especial.
members-duplicate_in = { $name } já é membro de { $group }; acrescente uma inicial para diferenciar.
members-duplicate_no_group = { $name } já é membro, sem grupo em especial; acrescente uma inicial para diferenciar.
members-saved = Dados de { $name } salvos.
members-empty = Nenhum membro ainda. Adicione aqui ou registre os recém-chegados no dia de reunião.
members-count =
    { $n ->
        [one] { $n } membro
       *[other] { $n } membros
    }
members-find_hint = qualquer parte de um apelido
members-none_found = Nenhum apelido contém “{ $text }”.
members-days =
    { $n ->
        [one] { $n } dia
       *[other] { $n } dias
    }
members-years =
    { $n ->
        [one] { $n } ano
       *[other] { $n } anos
    }
members-edit_named = Editar { $name }
members-relapse = Nova data limpa
members-relapse_named = Registrar uma nova data limpa de { $name }
members-new_clean_date = Nova data limpa de { $name }
members-record_relapse = Registrar
members-relapse_help = A data limpa anterior e as fichas entregues nela ficam guardadas; fica pendente a entrega de um chaveiro de “bem-vindo de volta”.
members-relapse_saved = Nova data limpa registrada.
members-forget = Esquecer
members-forget_named = Esquecer { $name }
members-forget_confirm = Esquecer { $name } de vez? As presenças e fichas dessa pessoa também são apagadas. Isso não pode ser desfeito.
members-forgotten = Os dados de { $name } foram apagados.
members-stock = Fichas na caixa
members-chip = Tipo
members-on_hand = Em estoque
members-reorder_at = Pedir mais com
members-on_hand_of = { $chip } em estoque
members-reorder_at_of = Pedir mais { $chip } ao chegar a
members-last_90 = Entregues (90 dias)
members-reorder = pedir mais
members-stock_saved = Estoque de { $chip } salvo.
members-birthdays = Aniversários deste mês
members-no_birthdays = Nenhum aniversário de tempo limpo neste mês.
members-schemes = Marcos que são entregues
members-customise_for = Marcos próprios do grupo
members-customise = Fazer uma cópia para editar
members-customised = Agora o grupo tem a própria cópia.
members-scheme = Conjunto
members-milestone_label = Nome
members-after = Depois de
members-unit = Unidade
members-unit-day = dias
members-unit-month = meses
members-unit-year = anos
members-unit-welcome = primeira visita
members-unit-welcome_back = volta depois de recaída
members-item = Item
members-item-keytag = chaveiro
members-item-chip = ficha
members-item-medallion = medalhão
members-colour = Cor
members-repeats = e também a cada unidade seguinte
members-add_milestone = Adicionar marco
members-milestone_added = Adicionado: { $chip }.
members-milestone_removed = Removido: { $chip }.
members-remove_milestone = Remover { $chip }
members-slips = Comprovantes de presença
members-slips_none = Nenhum grupo aqui oferece comprovante de presença. Cada grupo decide isso: marque a opção nas configurações do grupo, em Grupos, acima.
members-slips_intro = Um comprovante mostra só a reunião, a data e o apelido, assinado com a chave do grupo. Ele confirma a presença, e nada mais.
members-from = De
members-to = Até
members-print_slip = Imprimir comprovante
members-slip_saved = Comprovante { $code } salvo como { $path }
members-export_key = Exportar chave de verificação
members-key_saved = Chave pública e instruções salvas como { $path }
members-revoke_key = Revogar chave
members-revoke_confirm = Revogar a chave do grupo? Todos os comprovantes assinados com ela deixam de valer; os novos comprovantes recebem uma nova chave.
members-key_revoked = Chave revogada. Mande o novo arquivo de verificação às casas de apoio e à Justiça.

groups-title = Grupos
groups-none = Nenhum grupo ainda. Um grupo é criado no editor de reuniões, junto com a reunião que ele realiza; as configurações dele ficam aqui.
groups-name = Nome do grupo
groups-contact = Contato
groups-contact_hint = um telefone ou e-mail que o grupo divulga
groups-meetings =
    { $n ->
        [one] { $n } reunião
       *[other] { $n } reuniões
    }
groups-verifies = assina comprovantes de presença
groups-no_verification = sem comprovantes de presença
groups-edit_named = Editar o grupo { $name }
groups-saved = Grupo { $name } salvo.

houses-title = Casas de apoio
houses-house = Casa
houses-new = Nova casa
houses-add = Adicionar casa
houses-created = Adicionada: { $name }.
houses-empty = Nenhuma casa ainda. Aqui uma casa de apoio acompanha as reuniões dos moradores, conforme as regras dela.
houses-rules = Regras da casa
# Uma regra da casa em palavras, a partir das partes: "5 por semana, fase 1, reuniões de NA".
houses-rule-per_week = { $count } por semana
houses-rule-in_first_days = { $count } nos primeiros { $days } dias
houses-rule-phase = fase { $phase }
houses-rule-counts = reuniões de { $fellowships }
houses-no_rules = Nenhuma regra ainda: adicione uma, como 5 por semana, ou 90 nos primeiros 90 dias.
houses-count = Reuniões
houses-kind = Regra
houses-kind-per_week = por semana
houses-kind-in_first_days = nos primeiros dias
houses-days = Dias
houses-phase = Fase
houses-any_phase = qualquer fase
houses-counts = Reuniões que contam
houses-add_rule = Adicionar regra
houses-rule_added = Regra adicionada.
houses-rule_removed = Regra removida.
houses-remove_rule = Remover a regra { $rule }
houses-this_week = Moradores nesta semana
houses-week_pdf = Esta semana (PDF)
houses-month_pdf = Este mês (PDF)
houses-report_saved = Relatório salvo como { $path }
houses-resident = Morador (apelido)
houses-move_in = Data de entrada
houses-add_resident = Adicionar morador
houses-resident_added = { $name } entrou na casa.
houses-no_residents = Nenhum morador ainda.
houses-state-na = nenhuma regra se aplica
houses-state-met = cumprida
houses-state-on_track = em dia
houses-state-behind = em atraso
houses-state-missed = não cumprida
houses-expected = { $n } esperadas até hoje
houses-breakdown = { $here } nas nossas reuniões · { $slip } com comprovante · { $self } autodeclaradas
houses-weeks_label = { $name }: reuniões por semana durante oito semanas, comparadas com a regra
screen-print = Imprimir
houses-week = Semana de { $date }: { $n } { $n ->
    [one] reunião
   *[other] reuniões
  }{ $required ->
    [0] {""}
   *[other] , exigidas { $required }
  }
houses-log_outside = Registrar uma reunião de fora
houses-move_out = Saída
houses-move_out_when = Data em que { $name } saiu
houses-moved_out = { $name } saiu da casa.
houses-attended_on = Data
houses-meeting_name = Reunião
houses-slip_code = Código do comprovante (se houver)
houses-slip_placeholder = vazio = autodeclarada
houses-log = Registrar
houses-logged_verified = Registrada, confirmada pelo comprovante.
houses-logged_self = Registrada como autodeclarada.
houses-verify = Verificar um comprovante
houses-verify_help = O código do comprovante, ou o texto do código QR dele
houses-verify_button = Verificar
houses-valid = Válido: { $name } esteve presente, conforme assinado por { $group }
houses-slip_meta = Comprovante { $code }, emitido em { $date }
houses-refused = Não é válido
houses-trust = Confiar na chave de um grupo
houses-trust_help = Cole o arquivo de verificação que um grupo deu a você
houses-trust_button = Confiar nestas chaves
houses-keys_trusted =
    { $n ->
        [one] { $n } chave marcada como confiável.
       *[other] { $n } chaves marcadas como confiáveis.
    }

unlock-title = Digite a frase-senha
unlock-body = Este banco de dados está criptografado. O Homegroup precisa da frase-senha para abri-lo; nada é lido nem alterado antes disso.
unlock-passphrase = Frase-senha
unlock-open = Abrir

documents-open = Abrir

share-lead = Mantenha uma só programação com os outros servidores de confiança da sua área, por meio de um servidor de calendário que vocês já têm (Nextcloud, Radicale, qualquer calendário CalDAV). Cada computador continua funcionando sem internet; as mudanças vão e vêm ao sincronizar, a cada poucos minutos e logo depois de cada edição.
share-private = Só as reuniões são compartilhadas. Membros, presenças, contagens, fichas, casas de apoio, comprovantes, senhas marcadas como privadas e quem facilita nunca saem deste computador.
share-linked = Calendários compartilhados
share-only_group = só { $group }
share-failed = A última sincronização falhou: { $why }
share-synced_ago = Sincronizado { $ago }
share-never = Ainda não sincronizado
share-to_confirm_title =
    { $n ->
        [one] { $n } reunião com local a confirmar
       *[other] { $n } reuniões com local a confirmar
    }
share-to_confirm_help = Alguém adicionou estas reuniões ao calendário compartilhado sem local nem link. Elas estão na programação; abra cada uma em Reuniões e adicione o endereço ou o link de vídeo.
share-to_confirm_came = Chegaram sem local (a confirmar): { $names }.
share-pending =
    { $n ->
        [one] { $n } mudança esperando envio
       *[other] { $n } mudanças esperando envio
    }
share-conflict_count =
    { $n ->
        [one] { $n } conflito
       *[other] { $n } conflitos
    }
share-sync_now = Sincronizar agora
share-unlink = Parar de compartilhar
share-unlink_confirm = Parar de compartilhar por { $url }? As reuniões continuam aqui e no servidor.
share-unlinked = Esta programação não é mais compartilhada por { $url }.
share-synced = Sincronizado: { $created } novas aqui, { $updated } alteradas aqui, { $deleted } removidas aqui, { $uploaded } enviadas.
share-kept_edits = Mantidas, porque foram alteradas de um lado e excluídas do outro: { $names }.
share-conflicts_waiting =
    { $n ->
        [one] { $n } mudança precisa da sua escolha, abaixo.
       *[other] { $n } mudanças precisam da sua escolha, abaixo.
    }
share-conflicts_title =
    { $n ->
        [one] { $n } mudança para escolher
       *[other] { $n } mudanças para escolher
    }
share-conflicts_help = A mesma coisa foi alterada aqui e no calendário compartilhado, de formas diferentes. Nada foi sobrescrito: escolha o que manter.
share-mine = Este computador
share-theirs = Calendário compartilhado
share-keep_mine = Manter a deste computador
share-keep_theirs = Manter a do calendário compartilhado
share-kept_mine = Mantida a mudança deste computador em { $meeting }; ela vai na próxima sincronização.
share-kept_theirs = Aceita a mudança do calendário compartilhado em { $meeting }.
share-was = Antes das duas mudanças: { $value }
share-empty = (nada)
share-yes = sim
share-join_title = Compartilhar esta programação, ou entrar numa já compartilhada
share-add_title = Compartilhar por outro calendário
share-join_help = Informe o endereço CalDAV de um calendário no servidor da sua área. Se ele já tiver uma programação (você está assumindo um encargo de serviço), as reuniões dele chegam aqui; se estiver vazio, esta programação vai para lá.
share-url = Endereço do calendário (CalDAV)
share-user = Nome de usuário
share-password = Senha
share-which = O que compartilhar
share-whole_program = A programação inteira
share-join = Compartilhar e sincronizar
share-add = Adicionar e sincronizar
share-field-date = mudança em { $date }
share-field-closure = suspensão de { $from } a { $to }
share-change-cancelled = cancelada
share-change-moved = remarcada para { $to }
share-change-noted = acontece, com observação
share-field-name = nome
share-field-fellowship = irmandade
share-field-group = grupo
share-field-mode = como participar
share-field-status = situação
share-field-start_date = primeira data
share-field-start_time = horário de início
share-field-duration = duração (minutos)
share-field-timezone = fuso horário
share-field-repeats = como se repete
share-field-end_date = última data
share-field-venue_name = local
share-field-venue_address = endereço
share-field-venue_city = cidade
share-field-venue_region = estado
share-field-venue_postal_code = CEP
share-field-venue_country = país
share-field-venue_latitude = latitude
share-field-venue_longitude = longitude
share-field-venue_approximate = localização aproximada
share-field-venue_notes = observações sobre o local
share-field-room = sala
share-field-url = link de vídeo
share-field-platform = plataforma de vídeo
share-field-meeting_id = ID da reunião
share-field-passcode = senha da reunião
share-field-passcode_public = senha é pública
share-field-dial_in = número para ligar
share-field-dial_in_notes = observações sobre a ligação
share-field-secret_params = partes privadas do link
share-field-formats = formatos
share-field-language = idioma
share-field-notes = observações
share-field-offers_verification = assina comprovantes de presença
