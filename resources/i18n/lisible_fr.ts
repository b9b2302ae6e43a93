<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>Checks</name>
    <message>
        <source>Lisible shows a repaired translation instead: {issues}</source>
        <translation>Lisible affiche une traduction réparée à la place&#xa0;: {issues}</translation>
    </message>
    <message>
        <source>Model&apos;s Own Translation</source>
        <translation>Traduction d’origine du modèle</translation>
    </message>
    <message>
        <source>Model&apos;s Own Translation…</source>
        <translation>Traduction d’origine du modèle…</translation>
    </message>
    <message>
        <source>Translated sentences whose figures or names differ from the original: hover a marked sentence to see what differed</source>
        <translation>Phrases traduites dont les chiffres ou les noms diffèrent de l’original&#xa0;: survolez une phrase marquée pour voir ce qui a changé</translation>
    </message>
    <message>
        <source>nothing for it</source>
        <translation>rien à la place</translation>
    </message>
    <message>
        <source>source: {source} — translation said: {said}</source>
        <translation>source&#xa0;: {source} — la traduction dit&#xa0;: {said}</translation>
    </message>
    <message>
        <source>source: {source} — translation wrote: {said} (number format)</source>
        <translation>source&#xa0;: {source} — la traduction a écrit&#xa0;: {said} (format du nombre)</translation>
    </message>
    <message>
        <source>{issue} — repaired</source>
        <translation>{issue} — réparé</translation>
    </message>
    <message>
        <source>{n} sentence repaired</source>
        <translation>{n} phrase réparée</translation>
    </message>
    <message>
        <source>{n} sentence to check</source>
        <translation>{n} phrase à vérifier</translation>
    </message>
    <message>
        <source>{n} sentences repaired</source>
        <translation>{n} phrases réparées</translation>
    </message>
    <message>
        <source>{n} sentences to check</source>
        <translation>{n} phrases à vérifier</translation>
    </message>
    <message>
        <source>{n} to check</source>
        <translation>{n} à vérifier</translation>
    </message>
</context>
<context>
    <name>Comfort</name>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Tai&amp;lle réelle</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Plei&amp;n écran</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Comme le s&amp;ystème</translation>
    </message>
    <message>
        <source>How far into the article the view is</source>
        <translation>Où en est la lecture de l’article</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation>&amp;Sépia</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>Text size {size} pt</source>
        <translation>Taille du texte&#xa0;: {size} pt</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Contents ({count})</source>
        <translation>Sommaire ({count})</translation>
    </message>
    <message>
        <source>Show or hide the article&apos;s headings</source>
        <translation>Afficher ou masquer les intertitres de l’article</translation>
    </message>
    <message>
        <source>The article&apos;s headings; Enter goes to one</source>
        <translation>Les intertitres de l’article&#xa0;; Entrée y mène</translation>
    </message>
    <message>
        <source>This article has no headings.</source>
        <translation>Cet article n’a pas d’intertitres.</translation>
    </message>
    <message>
        <source>This article has no headings: Contents is hidden until one has.</source>
        <translation>Cet article n’a pas d’intertitres&#xa0;: le sommaire est masqué jusqu’au prochain qui en a.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Lisible: unexpected error</source>
        <translation>Lisible&#xa0;: erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong inside Lisible. Your article and library are safe; you can keep working.</source>
        <translation>Un problème est survenu dans Lisible. Votre article et votre bibliothèque ne risquent rien&#xa0;; vous pouvez continuer.</translation>
    </message>
    <message>
        <source>The details are saved in {file}.</source>
        <translation>Les détails sont enregistrés dans {file}.</translation>
    </message>
</context>
<context>
    <name>Credits</name>
    <message>
        <source>Qt and Qt for Python: the window</source>
        <translation>Qt et Qt for Python&#xa0;: la fenêtre</translation>
    </message>
    <message>
        <source>cutting text into the translation models&apos; pieces</source>
        <translation>découpe le texte en unités des modèles de traduction</translation>
    </message>
    <message>
        <source>data: {name} ({licence})</source>
        <translation>données&#xa0;: {name} ({licence})</translation>
    </message>
    <message>
        <source>downloading the web pages you ask for</source>
        <translation>télécharge les pages web demandées</translation>
    </message>
    <message>
        <source>entities ({language})</source>
        <translation>entités ({language})</translation>
    </message>
    <message>
        <source>finding people, organisations and places</source>
        <translation>repère les personnes, organisations et lieux</translation>
    </message>
    <message>
        <source>finding the article in a web page</source>
        <translation>trouve l’article dans une page web</translation>
    </message>
    <message>
        <source>guessing a text&apos;s encoding</source>
        <translation>devine l’encodage d’un texte</translation>
    </message>
    <message>
        <source>licence not stated</source>
        <translation>licence non indiquée</translation>
    </message>
    <message>
        <source>licence not stated by the package</source>
        <translation>licence non indiquée par le paquet</translation>
    </message>
    <message>
        <source>reading HTML</source>
        <translation>lit le HTML</translation>
    </message>
    <message>
        <source>running the translation models</source>
        <translation>exécute les modèles de traduction</translation>
    </message>
    <message>
        <source>telling French from English</source>
        <translation>distingue le français de l’anglais</translation>
    </message>
    <message>
        <source>the translation models&apos; package format</source>
        <translation>le format des paquets de modèles de traduction</translation>
    </message>
    <message>
        <source>translation {source} → {target}</source>
        <translation>traduction {source} → {target}</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;Entités</translation>
    </message>
    <message>
        <source>&amp;Next Mention</source>
        <translation>Mention s&amp;uivante</translation>
    </message>
    <message>
        <source>&amp;Previous Mention</source>
        <translation>Mention &amp;précédente</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Colour the mentions of {group} in the text, or not</source>
        <translation>Colorer ou non les mentions des {group} dans le texte</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>Impossible d’enregistrer {name}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Entities status</source>
        <translation>État des entités</translation>
    </message>
    <message>
        <source>Export &amp;Entities…</source>
        <translation>Exporter les &amp;entités…</translation>
    </message>
    <message>
        <source>Export Entities</source>
        <translation>Exporter les entités</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>Filtrer les entités</translation>
    </message>
    <message>
        <source>Filter names and figures</source>
        <translation>Filtrer les noms et les chiffres</translation>
    </message>
    <message>
        <source>Finding names</source>
        <translation>Recherche des noms</translation>
    </message>
    <message>
        <source>Finding names to export…</source>
        <translation>Recherche des noms à exporter…</translation>
    </message>
    <message>
        <source>Finding names…</source>
        <translation>Recherche des noms…</translation>
    </message>
    <message>
        <source>Finding names… paragraph {done} of {total}</source>
        <translation>Recherche des noms… paragraphe {done} sur {total}</translation>
    </message>
    <message>
        <source>Highlight {group}</source>
        <translation>Surligner les {group}</translation>
    </message>
    <message>
        <source>Highlight {group} in the text</source>
        <translation>Surligner les {group} dans le texte</translation>
    </message>
    <message>
        <source>Loading the {language} names model…</source>
        <translation>Chargement du modèle de noms ({language})…</translation>
    </message>
    <message>
        <source>Names are found in French and English only, not {language}.</source>
        <translation>Les noms ne sont reconnus qu’en français et en anglais, pas en {language}.</translation>
    </message>
    <message>
        <source>No names or figures found.</source>
        <translation>Aucun nom ni chiffre trouvé.</translation>
    </message>
    <message>
        <source>No names: {error}</source>
        <translation>Aucun nom&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Nothing could be found: {error}</source>
        <translation>Rien n’a pu être trouvé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Open an article to see who and what it mentions.</source>
        <translation>Ouvrez un article pour voir qui et quoi il mentionne.</translation>
    </message>
    <message>
        <source>Order of the items in each group</source>
        <translation>Ordre des éléments dans chaque groupe</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>People, organisations, places, other names and figures the article mentions, with how often; Enter goes to the first mention</source>
        <translation>Personnes, organisations, lieux, autres noms et chiffres que mentionne l’article, avec leur nombre de mentions&#xa0;; Entrée mène à la première</translation>
    </message>
    <message>
        <source>Pick a name or figure in the Entities panel first.</source>
        <translation>Choisissez d’abord un nom ou un chiffre dans le panneau Entités.</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Saved {n} entities to {name}</source>
        <translation>{n} entités enregistrées dans {name}</translation>
    </message>
    <message>
        <source>Saved {n} entity to {name}</source>
        <translation>{n} entité enregistrée dans {name}</translation>
    </message>
    <message>
        <source>Show only the names and figures containing this text; case and accents are ignored</source>
        <translation>N’afficher que les noms et chiffres contenant ce texte&#xa0;; sans tenir compte de la casse ni des accents</translation>
    </message>
    <message>
        <source>Show or hide who and what the article mentions</source>
        <translation>Afficher ou masquer qui et quoi l’article mentionne</translation>
    </message>
    <message>
        <source>Sort entities</source>
        <translation>Trier les entités</translation>
    </message>
    <message>
        <source>The article&apos;s language is unknown: figures only.</source>
        <translation>La langue de l’article est inconnue&#xa0;: chiffres seulement.</translation>
    </message>
    <message>
        <source>amount of money</source>
        <translation>somme d’argent</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>pourcentage</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>{count} different {group}</source>
        <translation>{count} entrées différentes ({group})</translation>
    </message>
    <message>
        <source>{names} and {figures}.</source>
        <translation>{names} et {figures}.</translation>
    </message>
    <message>
        <source>{name} ({kind}), mentioned once</source>
        <translation>{name} ({kind})&#xa0;: une mention</translation>
    </message>
    <message>
        <source>{name} ({kind}), mentioned {n} times</source>
        <translation>{name} ({kind})&#xa0;: {n} mentions</translation>
    </message>
    <message>
        <source>{name}: mention {number} of {count}</source>
        <translation>{name}&#xa0;: mention {number} sur {count}</translation>
    </message>
    <message>
        <source>{name}: {kind}, mentioned once</source>
        <translation>{name}&#xa0;: {kind}, une mention</translation>
    </message>
    <message>
        <source>{name}: {kind}, mentioned {n} times</source>
        <translation>{name}&#xa0;: {kind}, {n} mentions</translation>
    </message>
    <message>
        <source>{n} figure</source>
        <translation>{n} chiffre</translation>
    </message>
    <message>
        <source>{n} figures</source>
        <translation>{n} chiffres</translation>
    </message>
    <message>
        <source>{n} name</source>
        <translation>{n} nom</translation>
    </message>
    <message>
        <source>{n} names</source>
        <translation>{n} noms</translation>
    </message>
    <message>
        <source>{title} - entities.csv</source>
        <translation>{title} - entités.csv</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>An article in the library is unreadable: {reason}</source>
        <translation>Un article de la bibliothèque est illisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot connect to {host}: {reason}.</source>
        <translation>Impossible de se connecter à {host}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Cannot create the library folder {parent}: {reason}</source>
        <translation>Impossible de créer le dossier de la bibliothèque {parent}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot find the server {host}: check the address, or whether this computer is online.</source>
        <translation>Le serveur {host} est introuvable&#xa0;: vérifiez l’adresse, ou que cet ordinateur est bien connecté.</translation>
    </message>
    <message>
        <source>Cannot look up {host}: this computer seems to be offline (no network connection, or no name server answers).</source>
        <translation>Impossible de trouver {host}&#xa0;: cet ordinateur semble hors ligne (pas de connexion réseau, ou aucun serveur de noms ne répond).</translation>
    </message>
    <message>
        <source>Cannot open the library {path}: {reason}</source>
        <translation>Impossible d’ouvrir la bibliothèque {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot reach {host}: this computer seems to be offline.</source>
        <translation>Impossible de joindre {host}&#xa0;: cet ordinateur semble hors ligne.</translation>
    </message>
    <message>
        <source>Cannot sort the library by {sort}.</source>
        <translation>Impossible de trier la bibliothèque par {sort}.</translation>
    </message>
    <message>
        <source>Could not fetch the page from {host}: {reason}.</source>
        <translation>Impossible de récupérer la page depuis {host}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Finding entities failed ({kind}).</source>
        <translation>La recherche des entités a échoué ({kind}).</translation>
    </message>
    <message>
        <source>Finding names needs French or English text; this text is in {language}.</source>
        <translation>La recherche des noms demande un texte en français ou en anglais&#xa0;; ce texte est en {language}.</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>des données JSON</translation>
    </message>
    <message>
        <source>Lisible opens web pages from http and https addresses, not {scheme}: addresses.</source>
        <translation>Lisible ouvre les pages web aux adresses http et https, pas les adresses {scheme}:.</translation>
    </message>
    <message>
        <source>No spaCy model for {language} is installed (pip install {package}).</source>
        <translation>Aucun modèle spaCy n’est installé pour {language} (pip install {package}).</translation>
    </message>
    <message>
        <source>Standard input is closed: there is nothing to read.</source>
        <translation>L’entrée standard est fermée&#xa0;: il n’y a rien à lire.</translation>
    </message>
    <message>
        <source>The article&apos;s language could not be detected; pass --language.</source>
        <translation>La langue de l’article n’a pas pu être détectée&#xa0;; indiquez-la avec --language.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Le presse-papiers ne contient aucun texte.</translation>
    </message>
    <message>
        <source>The connection to {host} broke off before the page was complete.</source>
        <translation>La connexion à {host} s’est interrompue avant la fin de la page.</translation>
    </message>
    <message>
        <source>The library could not be read or written: {reason}</source>
        <translation>La bibliothèque n’a pas pu être lue ou écrite&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The library is closed.</source>
        <translation>La bibliothèque est fermée.</translation>
    </message>
    <message>
        <source>The library {path} is a folder, not a file.</source>
        <translation>La bibliothèque {path} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The library {path} is damaged ({reason}); restart Lisible to start a fresh one.</source>
        <translation>La bibliothèque {path} est abîmée ({reason})&#xa0;; redémarrez Lisible pour en commencer une nouvelle.</translation>
    </message>
    <message>
        <source>The library {path} is damaged and cannot be moved aside: {reason}</source>
        <translation>La bibliothèque {path} est abîmée et ne peut pas être mise de côté&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The library {path} was written by a newer version of Lisible (format {version}, this one reads up to {readable}).</source>
        <translation>La bibliothèque {path} a été écrite par une version plus récente de Lisible (format {version}, celle-ci lit jusqu’au format {readable}).</translation>
    </message>
    <message>
        <source>The page cannot be read as HTML: {reason}.</source>
        <translation>La page ne peut pas être lue comme du HTML&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The process finding entities stopped unexpectedly (exit status {status}); it starts afresh on the next try.</source>
        <translation>Le processus qui cherche les entités s’est arrêté de façon inattendue (code de sortie {status})&#xa0;; il repartira à la prochaine tentative.</translation>
    </message>
    <message>
        <source>The proxy refused the request for {host}: {reason}.</source>
        <translation>Le proxy a refusé la demande pour {host}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: its certificate cannot be trusted ({reason}).</source>
        <translation>La connexion sécurisée à {host} a échoué&#xa0;: son certificat n’est pas digne de confiance ({reason}).</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: its certificate cannot be trusted.</source>
        <translation>La connexion sécurisée à {host} a échoué&#xa0;: son certificat n’est pas digne de confiance.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: {reason}.</source>
        <translation>La connexion sécurisée à {host} a échoué&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The server {host} has a problem (HTTP {status}: {reason}); try again later.</source>
        <translation>Le serveur {host} rencontre un problème (HTTP {status}&#xa0;: {reason})&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The {name} holds no text.</source>
        <translation>«&#xa0;{name}&#xa0;» ne contient aucun texte.</translation>
    </message>
    <message>
        <source>There is no article {article_id} in the library.</source>
        <translation>Il n’y a pas d’article {article_id} dans la bibliothèque.</translation>
    </message>
    <message>
        <source>There is no page at {url} (HTTP {status}: not found).</source>
        <translation>Il n’y a pas de page à l’adresse {url} (HTTP {status}&#xa0;: introuvable).</translation>
    </message>
    <message>
        <source>Type the address of a web page, e.g. {example}.</source>
        <translation>Saisissez l’adresse d’une page web, par exemple {example}.</translation>
    </message>
    <message>
        <source>XML data</source>
        <translation>des données XML</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>une archive 7-Zip</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>une archive RAR</translation>
    </message>
    <message>
        <source>a RIFF media file</source>
        <translation>un fichier multimédia RIFF</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>un programme Windows</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>une archive ZIP</translation>
    </message>
    <message>
        <source>a ZIP archive (or an office document)</source>
        <translation>une archive ZIP (ou un document bureautique)</translation>
    </message>
    <message>
        <source>a bzip2 archive</source>
        <translation>une archive bzip2</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>une archive gzip</translation>
    </message>
    <message>
        <source>a login is needed</source>
        <translation>une connexion à un compte est nécessaire</translation>
    </message>
    <message>
        <source>a news feed</source>
        <translation>un fil d’actualités</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>un tube (FIFO)</translation>
    </message>
    <message>
        <source>a program (ELF executable)</source>
        <translation>un programme (exécutable ELF)</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>un script</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a sound file</source>
        <translation>un fichier audio</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <source>a spreadsheet (CSV)</source>
        <translation>un tableur (CSV)</translation>
    </message>
    <message>
        <source>a style sheet</source>
        <translation>une feuille de style</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>une vidéo</translation>
    </message>
    <message>
        <source>access refused</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>an MP3 file</source>
        <translation>un fichier MP3</translation>
    </message>
    <message>
        <source>an Ogg media file</source>
        <translation>un fichier multimédia Ogg</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>une base de données SQLite</translation>
    </message>
    <message>
        <source>an empty ZIP archive</source>
        <translation>une archive ZIP vide</translation>
    </message>
    <message>
        <source>an icon file</source>
        <translation>un fichier d’icône</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>une image</translation>
    </message>
    <message>
        <source>an old Office document</source>
        <translation>un ancien document Office</translation>
    </message>
    <message>
        <source>an unknown language</source>
        <translation>une langue inconnue</translation>
    </message>
    <message>
        <source>an xz archive</source>
        <translation>une archive xz</translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation>passerelle défaillante</translation>
    </message>
    <message>
        <source>bad request</source>
        <translation>requête incorrecte</translation>
    </message>
    <message>
        <source>cannot download into {root}: {reason}</source>
        <translation>impossible de télécharger dans {root}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot install into {root}: {reason}</source>
        <translation>impossible d’installer dans {root}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot reach {host} (offline, or the server is down)</source>
        <translation>impossible de joindre {host} (hors ligne, ou le serveur est en panne)</translation>
    </message>
    <message>
        <source>cannot remove {code} from {root}: {reason}</source>
        <translation>impossible de supprimer {code} de {root}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot translate an article in {language}: Lisible translates French and English</source>
        <translation>impossible de traduire un article en {language}&#xa0;: Lisible traduit le français et l’anglais</translation>
    </message>
    <message>
        <source>cannot translate to {to_code}: Lisible translates to en or fr</source>
        <translation>impossible de traduire vers {to_code}&#xa0;: Lisible traduit vers en ou fr</translation>
    </message>
    <message>
        <source>cannot write to {root}: {reason}</source>
        <translation>impossible d’écrire dans {root}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>downloading from {host} failed: {reason}</source>
        <translation>le téléchargement depuis {host} a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>gone for good</source>
        <translation>supprimée définitivement</translation>
    </message>
    <message>
        <source>input/output error (a failing or removed disk?)</source>
        <translation>erreur d’entrée-sortie (disque défaillant ou retiré&#xa0;?)</translation>
    </message>
    <message>
        <source>internal server error</source>
        <translation>erreur interne du serveur</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>il existe déjà</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>il a été révoqué</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>il a expiré</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>it is for another site</source>
        <translation>il appartient à un autre site</translation>
    </message>
    <message>
        <source>it is not a ZIP archive, or it is cut short (an unfinished download?)</source>
        <translation>ce n’est pas une archive ZIP, ou elle est tronquée (un téléchargement inachevé&#xa0;?)</translation>
    </message>
    <message>
        <source>it is not valid yet (is this computer&apos;s date right?)</source>
        <translation>il n’est pas encore valide (la date de cet ordinateur est-elle juste&#xa0;?)</translation>
    </message>
    <message>
        <source>it is signed by an authority this computer does not know</source>
        <translation>il est signé par une autorité que cet ordinateur ne connaît pas</translation>
    </message>
    <message>
        <source>it is signed by the site itself, not by an authority</source>
        <translation>il est signé par le site lui-même, non par une autorité</translation>
    </message>
    <message>
        <source>it needs a newer translation engine than this Lisible has</source>
        <translation>il demande un moteur de traduction plus récent que celui de ce Lisible</translation>
    </message>
    <message>
        <source>its contents are damaged (a failed copy or download?)</source>
        <translation>son contenu est abîmé (une copie ou un téléchargement raté&#xa0;?)</translation>
    </message>
    <message>
        <source>its files are damaged or incomplete (install it again)</source>
        <translation>ses fichiers sont abîmés ou incomplets (réinstallez-le)</translation>
    </message>
    <message>
        <source>its key or signature is too weak to be safe</source>
        <translation>sa clé ou sa signature est trop faible pour être sûre</translation>
    </message>
    <message>
        <source>its stored copy is damaged</source>
        <translation>sa copie enregistrée est abîmée</translation>
    </message>
    <message>
        <source>its stored copy is damaged or was written by another version of Lisible</source>
        <translation>sa copie enregistrée est abîmée ou a été écrite par une autre version de Lisible</translation>
    </message>
    <message>
        <source>method not allowed</source>
        <translation>méthode non autorisée</translation>
    </message>
    <message>
        <source>no acceptable form of the page</source>
        <translation>aucune forme acceptable de la page</translation>
    </message>
    <message>
        <source>no installed package {code} (installed: {known})</source>
        <translation>aucun paquet {code} installé (installés&#xa0;: {known})</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>plus de place sur le disque</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>not permitted by the system</source>
        <translation>le système ne l’autorise pas</translation>
    </message>
    <message>
        <source>not supported by the server</source>
        <translation>non pris en charge par le serveur</translation>
    </message>
    <message>
        <source>one of its files is missing (install it again)</source>
        <translation>un de ses fichiers manque (réinstallez-le)</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>une partie du chemin n’est pas un dossier</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>service indisponible</translation>
    </message>
    <message>
        <source>standard output is closed: there is nowhere to print.</source>
        <translation>la sortie standard est fermée&#xa0;: impossible d’y écrire.</translation>
    </message>
    <message>
        <source>the address is too long</source>
        <translation>l’adresse est trop longue</translation>
    </message>
    <message>
        <source>the article is already in {to_code}</source>
        <translation>l’article est déjà en {to_code}</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>la connexion a expiré</translation>
    </message>
    <message>
        <source>the connection was aborted</source>
        <translation>la connexion a été interrompue</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>la connexion a été réinitialisée</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>le fichier de la base de données ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>le fichier de la base de données est en lecture seule</translation>
    </message>
    <message>
        <source>the database is locked (another program is using it)</source>
        <translation>la base de données est verrouillée (un autre programme l’utilise)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>le fichier est en cours d’utilisation</translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation>le fichier n’est pas une base de données</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>the file&apos;s contents are malformed</source>
        <translation>le contenu du fichier est mal formé</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>le dossier n’est pas vide</translation>
    </message>
    <message>
        <source>the gateway did not answer in time</source>
        <translation>la passerelle n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>the model {code} cannot be loaded: {reason}</source>
        <translation>le modèle {code} ne peut pas être chargé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <source>the package index at {url} is compressed in a way Lisible cannot read ({reason})</source>
        <translation>l’index des paquets à l’adresse {url} est compressé d’une façon que Lisible ne sait pas lire ({reason})</translation>
    </message>
    <message>
        <source>the package index at {url} is not a list of packages</source>
        <translation>l’index des paquets à l’adresse {url} n’est pas une liste de paquets</translation>
    </message>
    <message>
        <source>the package index at {url} is not valid JSON</source>
        <translation>l’index des paquets à l’adresse {url} n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>the package index at {url} is over {size} MB: not an index</source>
        <translation>l’index des paquets à l’adresse {url} dépasse {size} Mo&#xa0;: ce n’est pas un index</translation>
    </message>
    <message>
        <source>the proxy asks for a login</source>
        <translation>le proxy demande une connexion à un compte</translation>
    </message>
    <message>
        <source>the request took too long</source>
        <translation>la requête a pris trop de temps</translation>
    </message>
    <message>
        <source>the server and Lisible have no safe way of encrypting in common</source>
        <translation>le serveur et Lisible n’ont aucun chiffrement sûr en commun</translation>
    </message>
    <message>
        <source>the server closed the connection before it was secured</source>
        <translation>le serveur a fermé la connexion avant qu’elle soit sécurisée</translation>
    </message>
    <message>
        <source>the server does not offer a secure connection there; the page may be on http://</source>
        <translation>le serveur n’offre pas de connexion sécurisée à cette adresse&#xa0;; la page est peut-être en http://</translation>
    </message>
    <message>
        <source>the server does not serve a site of that name</source>
        <translation>le serveur ne sert aucun site de ce nom</translation>
    </message>
    <message>
        <source>the server only speaks an old version of the protocol, no longer safe</source>
        <translation>le serveur ne parle qu’une ancienne version du protocole, qui n’est plus sûre</translation>
    </message>
    <message>
        <source>the server refused the secure connection: its settings and Lisible&apos;s do not match</source>
        <translation>le serveur a refusé la connexion sécurisée&#xa0;: ses réglages et ceux de Lisible ne concordent pas</translation>
    </message>
    <message>
        <source>the server uses an old setting that is no longer safe</source>
        <translation>le serveur utilise un ancien réglage qui n’est plus sûr</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is signed or keyed too weakly to be safe</source>
        <translation>le certificat du serveur est signé ou chiffré trop faiblement pour être sûr</translation>
    </message>
    <message>
        <source>the server&apos;s encryption is too weak</source>
        <translation>le chiffrement du serveur est trop faible</translation>
    </message>
    <message>
        <source>the translation engine reported an error (details in the log)</source>
        <translation>le moteur de traduction a signalé une erreur (détails dans le journal)</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>trop de fichiers sont ouverts</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>trop de requêtes</translation>
    </message>
    <message>
        <source>too many symbolic links (a loop?)</source>
        <translation>trop de liens symboliques (une boucle&#xa0;?)</translation>
    </message>
    <message>
        <source>translation failed: {reason}</source>
        <translation>la traduction a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>unavailable for legal reasons</source>
        <translation>indisponible pour des raisons juridiques</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>votre quota de disque est épuisé</translation>
    </message>
    <message>
        <source>{code} is larger than {limit} bytes</source>
        <translation>{code} dépasse {limit} octets</translation>
    </message>
    <message>
        <source>{code} is too large to download ({total} bytes)</source>
        <translation>{code} est trop volumineux pour être téléchargé ({total} octets)</translation>
    </message>
    <message>
        <source>{code}: the download stopped at {done} of {total} bytes</source>
        <translation>{code}&#xa0;: le téléchargement s’est arrêté à {done} octets sur {total}</translation>
    </message>
    <message>
        <source>{code}: the downloaded file does not match the index&apos;s checksum (damaged in transit or replaced on the server); nothing was installed</source>
        <translation>{code}&#xa0;: le fichier téléchargé ne correspond pas à la somme de contrôle de l’index (abîmé en route ou remplacé sur le serveur)&#xa0;; rien n’a été installé</translation>
    </message>
    <message>
        <source>{code}: the index links to {url}, not a web address Lisible downloads from</source>
        <translation>{code}&#xa0;: l’index renvoie vers {url}, qui n’est pas une adresse web d’où Lisible télécharge</translation>
    </message>
    <message>
        <source>{code}: the server sent more than the {limit} bytes announced</source>
        <translation>{code}&#xa0;: le serveur a envoyé plus que les {limit} octets annoncés</translation>
    </message>
    <message>
        <source>{code}: the server sent only {received} bytes in the last {seconds} s; gave up (try again later)</source>
        <translation>{code}&#xa0;: le serveur n’a envoyé que {received} octets en {seconds} s&#xa0;; abandon (réessayez plus tard)</translation>
    </message>
    <message>
        <source>{code}: {host} sent the package compressed ({encoding}), which Lisible does not accept for a model</source>
        <translation>{code}&#xa0;: {host} a envoyé le paquet compressé ({encoding}), ce que Lisible n’accepte pas pour un modèle</translation>
    </message>
    <message>
        <source>{host} answered HTTP {status} ({reason}) instead of the page.</source>
        <translation>{host} a répondu HTTP {status} ({reason}) au lieu d’envoyer la page.</translation>
    </message>
    <message>
        <source>{host} did not answer in {seconds} s</source>
        <translation>{host} n’a pas répondu en {seconds} s</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} s; it may be down or very slow.</source>
        <translation>{host} n’a pas répondu en {seconds} s&#xa0;; il est peut-être en panne ou très lent.</translation>
    </message>
    <message>
        <source>{host} is receiving too many requests (HTTP 429); try again in a while.</source>
        <translation>{host} reçoit trop de demandes (HTTP 429)&#xa0;; réessayez dans un moment.</translation>
    </message>
    <message>
        <source>{host} redirects to an address Lisible cannot open (not an http or https page).</source>
        <translation>{host} redirige vers une adresse que Lisible ne peut pas ouvrir (pas une page http ou https).</translation>
    </message>
    <message>
        <source>{host} redirects to an address Lisible does not download from</source>
        <translation>{host} redirige vers une adresse d’où Lisible ne télécharge pas</translation>
    </message>
    <message>
        <source>{host} redirects to {target}, which Lisible cannot open.</source>
        <translation>{host} redirige vers {target}, que Lisible ne peut pas ouvrir.</translation>
    </message>
    <message>
        <source>{host} redirects too many times (more than {limit}); the link may loop.</source>
        <translation>{host} redirige trop de fois (plus de {limit})&#xa0;; le lien tourne peut-être en boucle.</translation>
    </message>
    <message>
        <source>{host} refused the connection: no web server answers there.</source>
        <translation>{host} a refusé la connexion&#xa0;: aucun serveur web n’y répond.</translation>
    </message>
    <message>
        <source>{host} refuses to show this page (HTTP {status}); it may need a login.</source>
        <translation>{host} refuse d’afficher cette page (HTTP {status})&#xa0;; elle demande peut-être une connexion à un compte.</translation>
    </message>
    <message>
        <source>{host} sent a damaged page (its compression is broken).</source>
        <translation>{host} a envoyé une page abîmée (sa compression est défectueuse).</translation>
    </message>
    <message>
        <source>{host} sent the page compressed as {coding}, which Lisible cannot read.</source>
        <translation>{host} a envoyé la page compressée en {coding}, que Lisible ne sait pas lire.</translation>
    </message>
    <message>
        <source>{host} took over {seconds} s to send the page.</source>
        <translation>{host} a mis plus de {seconds} s à envoyer la page.</translation>
    </message>
    <message>
        <source>{host} took over {seconds} s to send the page; gave up after {size}.</source>
        <translation>{host} a mis plus de {seconds} s à envoyer la page&#xa0;; abandon après {size}.</translation>
    </message>
    <message>
        <source>{host} took over {timeout} s to send the package index</source>
        <translation>{host} a mis plus de {timeout} s à envoyer l’index des paquets</translation>
    </message>
    <message>
        <source>{label} could not be read (damaged?): {reason}</source>
        <translation>{label} n’a pas pu être lu (abîmé&#xa0;?)&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{label} holds too many files ({count})</source>
        <translation>{label} contient trop de fichiers ({count})</translation>
    </message>
    <message>
        <source>{label} is a {kind} package, not a translation</source>
        <translation>{label} est un paquet de type {kind}, pas une traduction</translation>
    </message>
    <message>
        <source>{label} is empty</source>
        <translation>{label} est vide</translation>
    </message>
    <message>
        <source>{label} is not a regular file (a folder or a device)</source>
        <translation>{label} n’est pas un fichier ordinaire (un dossier ou un périphérique)</translation>
    </message>
    <message>
        <source>{label} is not a valid .argosmodel file: {reason}</source>
        <translation>{label} n’est pas un fichier .argosmodel valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{label} is not an .argosmodel: it must hold exactly one folder</source>
        <translation>{label} n’est pas un .argosmodel&#xa0;: il doit contenir un seul dossier</translation>
    </message>
    <message>
        <source>{label} is not an .argosmodel: metadata.json is missing</source>
        <translation>{label} n’est pas un .argosmodel&#xa0;: metadata.json manque</translation>
    </message>
    <message>
        <source>{label} is not an .argosmodel: {name} is outside a folder</source>
        <translation>{label} n’est pas un .argosmodel&#xa0;: {name} est hors d’un dossier</translation>
    </message>
    <message>
        <source>{label} is unsafe: it holds a symbolic link ({name})</source>
        <translation>{label} n’est pas sûr&#xa0;: il contient un lien symbolique ({name})</translation>
    </message>
    <message>
        <source>{label} is unsafe: it holds an absolute path ({name})</source>
        <translation>{label} n’est pas sûr&#xa0;: il contient un chemin absolu ({name})</translation>
    </message>
    <message>
        <source>{label} is unsafe: it is compressed suspiciously well</source>
        <translation>{label} n’est pas sûr&#xa0;: il est compressé étonnamment bien</translation>
    </message>
    <message>
        <source>{label} is unsafe: {name} is compressed suspiciously well</source>
        <translation>{label} n’est pas sûr&#xa0;: {name} est compressé étonnamment bien</translation>
    </message>
    <message>
        <source>{label} is unsafe: {name} points outside its folder</source>
        <translation>{label} n’est pas sûr&#xa0;: {name} pointe hors de son dossier</translation>
    </message>
    <message>
        <source>{label} unpacks to more than its size cap</source>
        <translation>{label} dépasse sa taille maximale une fois décompressé</translation>
    </message>
    <message>
        <source>{label} unpacks to more than {limit} bytes</source>
        <translation>{label} dépasse {limit} octets une fois décompressé</translation>
    </message>
    <message>
        <source>{label}: metadata.json has no valid {key}</source>
        <translation>{label}&#xa0;: metadata.json n’a pas de {key} valide</translation>
    </message>
    <message>
        <source>{label}: metadata.json is not an object</source>
        <translation>{label}&#xa0;: metadata.json n’est pas un objet</translation>
    </message>
    <message>
        <source>{label}: metadata.json is not valid JSON</source>
        <translation>{label}&#xa0;: metadata.json n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>{label}: metadata.json is too large to be metadata</source>
        <translation>{label}&#xa0;: metadata.json est trop gros pour des métadonnées</translation>
    </message>
    <message>
        <source>{label}: no such file</source>
        <translation>{label}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>{label}: sentencepiece.model is missing</source>
        <translation>{label}&#xa0;: sentencepiece.model manque</translation>
    </message>
    <message>
        <source>{label}: the CTranslate2 model (model/model.bin) is missing</source>
        <translation>{label}&#xa0;: le modèle CTranslate2 (model/model.bin) manque</translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied.</source>
        <translation>Impossible de lire {name}&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>Impossible de lire {name}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} n’existe pas.</translation>
    </message>
    <message>
        <source>{name} has no readable text.</source>
        <translation>{name} ne contient aucun texte lisible.</translation>
    </message>
    <message>
        <source>{name} has no text.</source>
        <translation>{name} ne contient aucun texte.</translation>
    </message>
    <message>
        <source>{name} has over {tags}k tags, far more than any article (Lisible opens pages of up to {limit}k).</source>
        <translation>{name} compte plus de {tags} k balises, bien plus qu’aucun article (Lisible ouvre les pages jusqu’à {limit} k).</translation>
    </message>
    <message>
        <source>{name} is a damaged gzip file.</source>
        <translation>{name} est un fichier gzip abîmé.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>{name} is a truncated gzip file.</source>
        <translation>{name} est un fichier gzip tronqué.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <source>{name} is not a valid file name.</source>
        <translation>{name} n’est pas un nom de fichier valide.</translation>
    </message>
    <message>
        <source>{name} is over {limit}, the most Lisible opens.</source>
        <translation>{name} dépasse {limit}, la taille maximale que Lisible ouvre.</translation>
    </message>
    <message>
        <source>{name} is {kind}, not a file; to read a stream, give - and pipe it to standard input.</source>
        <translation>{name} est {kind}, pas un fichier&#xa0;; pour lire un flux, indiquez - et envoyez-le sur l’entrée standard.</translation>
    </message>
    <message>
        <source>{name} is {kind}, not an article.</source>
        <translation>{name} est {kind}, pas un article.</translation>
    </message>
    <message>
        <source>{name} is {size}; Lisible opens files up to {limit}.</source>
        <translation>{name} fait {size}&#xa0;; Lisible ouvre les fichiers jusqu’à {limit}.</translation>
    </message>
    <message>
        <source>{name} looks like binary data, not an article.</source>
        <translation>{name} ressemble à des données binaires, pas à un article.</translation>
    </message>
    <message>
        <source>{name} unpacks to over {limit}, the most Lisible opens.</source>
        <translation>{name} dépasse {limit} une fois décompressé, la taille maximale que Lisible ouvre.</translation>
    </message>
    <message>
        <source>{name}: metadata.json cannot be read</source>
        <translation>{name}&#xa0;: metadata.json ne peut pas être lu</translation>
    </message>
    <message>
        <source>{url} has no server name.</source>
        <translation>{url} ne contient pas de nom de serveur.</translation>
    </message>
    <message>
        <source>{url} is not a valid file address.</source>
        <translation>{url} n’est pas une adresse de fichier valide.</translation>
    </message>
    <message>
        <source>{url} is not a valid web address (bad port).</source>
        <translation>{url} n’est pas une adresse web valide (port incorrect).</translation>
    </message>
    <message>
        <source>{url} is not a valid web address (it holds control characters).</source>
        <translation>{url} n’est pas une adresse web valide (elle contient des caractères de contrôle).</translation>
    </message>
    <message>
        <source>{url} is not a valid web address.</source>
        <translation>{url} n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>{url} is not a web address.</source>
        <translation>{url} n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>{url} is of type {media_type}, not an article; Lisible opens web pages, text and Markdown.</source>
        <translation>{url} est de type {media_type}, pas un article&#xa0;; Lisible ouvre les pages web, le texte et le Markdown.</translation>
    </message>
    <message>
        <source>{url} is over {limit}, the most Lisible opens.</source>
        <translation>{url} dépasse {limit}, la taille maximale que Lisible ouvre.</translation>
    </message>
    <message>
        <source>{url} is {kind} ({media_type}), not an article; Lisible opens web pages, text and Markdown.</source>
        <translation>{url} est {kind} ({media_type}), pas un article&#xa0;; Lisible ouvre les pages web, le texte et le Markdown.</translation>
    </message>
    <message>
        <source>{url}: the server answered HTTP {status} ({reason})</source>
        <translation>{url}&#xa0;: le serveur a répondu HTTP {status} ({reason})</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Copied the article as Markdown.</source>
        <translation>Article copié en Markdown.</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Copier en &amp;Markdown</translation>
    </message>
    <message>
        <source>Could not save {name}.</source>
        <translation>Impossible d’enregistrer {name}.</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>Impossible d’enregistrer {name}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Export &amp;Side by Side HTML…</source>
        <translation>Exporter &amp;côte à côte en HTML…</translation>
    </message>
    <message>
        <source>Export Side by Side</source>
        <translation>Exporter côte à côte</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>Exporter en HTML</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exporter en Markdown</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>Imprimer l’article</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <source>Sent the article to the printer.</source>
        <translation>Article envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>The article could not be printed: the printer refused it.</source>
        <translation>Impossible d’imprimer l’article&#xa0;: l’imprimante l’a refusé.</translation>
    </message>
    <message>
        <source>Translate the article first (Translate ▸ Translate Article).</source>
        <translation>Traduisez d’abord l’article (Traduire ▸ Traduire l’article).</translation>
    </message>
    <message>
        <source>Translated on this machine with {model}.</source>
        <translation>Traduit sur cet ordinateur avec {model}.</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Case and accents do not matter. Enter: next match, Shift+Enter: previous, Esc: close</source>
        <translation>Sans tenir compte de la casse ni des accents. Entrée&#xa0;: suivant, Maj+Entrée&#xa0;: précédent, Échap&#xa0;: fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l’article</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Résultat suivant (F3)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>{number} of {total}</source>
        <translation>{number} sur {total}</translation>
    </message>
    <message>
        <source>“{query}” is not in the text.</source>
        <translation>«&#xa0;{query}&#xa0;» ne figure pas dans le texte.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>GB</source>
        <comment>gigabytes</comment>
        <translation>Go</translation>
    </message>
    <message>
        <source>MB</source>
        <comment>megabytes</comment>
        <translation>Mo</translation>
    </message>
    <message>
        <source>kB</source>
        <comment>kilobytes</comment>
        <translation>ko</translation>
    </message>
    <message>
        <source>{minutes} min read</source>
        <translation>{minutes} min de lecture</translation>
    </message>
    <message>
        <source>{n} word</source>
        <translation>{n} mot</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation>{n} mots</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&amp;About {app}</source>
        <translation>À &amp;propos de {app}</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>A calm reader for articles: web pages, text and Markdown files, shown clean in a comfortable column, translated between French and English on this computer.</source>
        <translation>Un lecteur d’articles tranquille&#xa0;: pages web, fichiers texte et Markdown, présentés sans fioritures dans une colonne confortable, traduits entre le français et l’anglais sur cet ordinateur.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Réalisé avec</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Entity models</source>
        <translation>Modèles d’entités</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>None installed: Translate ▸ Translation Models… installs them.</source>
        <translation>Aucun n’est installé&#xa0;: Traduire ▸ Modèles de traduction… les installe.</translation>
    </message>
    <message>
        <source>None installed: entities are unavailable.</source>
        <translation>Aucun n’est installé&#xa0;: les entités ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Translation models</source>
        <translation>Modèles de traduction</translation>
    </message>
    <message>
        <source>{app} is free software under the {licence} licence. It runs on Qt {qt} and Python {python}.</source>
        <translation>{app} est un logiciel libre sous licence {licence}. Il fonctionne avec Qt {qt} et Python {python}.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Afrikaans</source>
        <translation>Afrikaans</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanais</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>Bengali</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgare</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalan</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croate</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tchèque</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danois</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estonien</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnois</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grec</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Gujarati</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hébreu</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Hongrois</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonésien</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Kannada</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coréen</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Letton</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituanien</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Macédonien</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Malayalam</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>Marathi</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>Népalais</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norvégien bokmål</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persan</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Pendjabi</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Roumain</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slovaque</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slovène</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Swahili</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Suédois</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamoul</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Télougou</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thaï</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Langue inconnue</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Ourdou</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamien</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Gallois</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>&amp;Library…</source>
        <translation>&amp;Bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Articles in the library</source>
        <translation>Articles de la bibliothèque</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Find, open or remove the articles you have read</source>
        <translation>Retrouver, ouvrir ou retirer les articles que vous avez lus</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Lu le</translation>
    </message>
    <message>
        <source>Library — Lisible</source>
        <translation>Bibliothèque — Lisible</translation>
    </message>
    <message>
        <source>Library: {error}</source>
        <translation>Bibliothèque&#xa0;: {error}</translation>
    </message>
    <message>
        <source>No article matches “{query}”.</source>
        <translation>Aucun article ne correspond à «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message>
        <source>No articles yet: every article you open is kept here.</source>
        <translation>Pas encore d’articles&#xa0;: chaque article que vous ouvrez est gardé ici.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Remove from the Library</source>
        <translation>Retirer de la bibliothèque</translation>
    </message>
    <message>
        <source>Remove these {count} articles from the library? Their reading positions and results go too; their files, if any, are left alone.</source>
        <translation>Retirer ces {count} articles de la bibliothèque&#xa0;? Leurs positions de lecture et leurs résultats partent avec eux&#xa0;; leurs fichiers éventuels restent intacts.</translation>
    </message>
    <message>
        <source>Remove “{title}” from the library? Its reading position and results go too; its file, if any, is left alone.</source>
        <translation>Retirer «&#xa0;{title}&#xa0;» de la bibliothèque&#xa0;? Sa position de lecture et ses résultats partent avec lui&#xa0;; son fichier éventuel reste intact.</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Search titles and text (case and accents ignored)</source>
        <translation>Rechercher dans les titres et le texte (sans tenir compte de la casse ni des accents)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>The library was damaged and could not be read. It was moved to {file} and a new, empty library started.</source>
        <translation>La bibliothèque était endommagée et illisible. Elle a été déplacée vers {file} et une nouvelle bibliothèque vide a été créée.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>{n} article</source>
        <translation>{n} article</translation>
    </message>
    <message>
        <source>{n} article matches</source>
        <translation>{n} article correspond</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation>{n} articles</translation>
    </message>
    <message>
        <source>{n} articles match</source>
        <translation>{n} articles correspondent</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Télécharger…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Available from the Argos Translate package index</source>
        <translation>Disponibles dans l’index des paquets d’Argos Translate</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Down&amp;load</source>
        <translation>Télé&amp;charger</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>Téléchargement de {name}…</translation>
    </message>
    <message>
        <source>Fetching the list of packages…</source>
        <translation>Récupération de la liste des paquets…</translation>
    </message>
    <message>
        <source>Install Translation Model</source>
        <translation>Installer un modèle de traduction</translation>
    </message>
    <message>
        <source>Install from &amp;File…</source>
        <translation>Installer depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Installed translation models:</source>
        <translation>Modèles de traduction installés&#xa0;:</translation>
    </message>
    <message>
        <source>Installed {name} ({direction}, version {version}).</source>
        <translation>{name} installé ({direction}, version {version}).</translation>
    </message>
    <message>
        <source>Installing {name}…</source>
        <translation>Installation de {name}…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Re&amp;fresh List</source>
        <translation>Actualiser la &amp;liste</translation>
    </message>
    <message>
        <source>Remove Translation Model</source>
        <translation>Supprimer un modèle de traduction</translation>
    </message>
    <message>
        <source>Remove {name} ({direction})? You can install it again later.</source>
        <translation>Supprimer {name} ({direction})&#xa0;? Vous pourrez le réinstaller plus tard.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} supprimé.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>The package index has no {direction} model.</source>
        <translation>L’index des paquets n’a pas de modèle {direction}.</translation>
    </message>
    <message>
        <source>Translation Models</source>
        <translation>Modèles de traduction</translation>
    </message>
    <message>
        <source>Translation models (*.argosmodel);;All files (*)</source>
        <translation>Modèles de traduction (*.argosmodel);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installé</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>size</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>update</source>
        <comment>a newer version</comment>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>{n} package in the index.</source>
        <translation>{n} paquet dans l’index.</translation>
    </message>
    <message>
        <source>{n} packages in the index.</source>
        <translation>{n} paquets dans l’index.</translation>
    </message>
</context>
<context>
    <name>Open</name>
    <message>
        <source>&amp;Paste as Article</source>
        <translation>Co&amp;ller comme article</translation>
    </message>
    <message>
        <source>Address of the article (web page, text or Markdown file):</source>
        <translation>Adresse de l’article (page web, fichier texte ou Markdown)&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>Téléchargement annulé.</translation>
    </message>
    <message>
        <source>Downloading {host}…</source>
        <translation>Téléchargement depuis {host}…</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>Ouvrir une &amp;adresse…</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>Ouvrir une adresse</translation>
    </message>
    <message>
        <source>Reading the article from {host}…</source>
        <translation>Lecture de l’article de {host}…</translation>
    </message>
    <message>
        <source>Reading the clipboard…</source>
        <translation>Lecture du presse-papiers…</translation>
    </message>
    <message>
        <source>Stop downloading the page</source>
        <translation>Arrêter le téléchargement de la page</translation>
    </message>
    <message>
        <source>The clipboard holds an image; copy the article&apos;s text instead.</source>
        <translation>Le presse-papiers contient une image&#xa0;; copiez plutôt le texte de l’article.</translation>
    </message>
    <message>
        <source>The clipboard is empty: copy an article&apos;s text or web page first.</source>
        <translation>Le presse-papiers est vide&#xa0;: copiez d’abord le texte ou la page web d’un article.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source> pt</source>
        <comment>points, after the font size</comment>
        <translation> pt</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before its field</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Préfére&amp;nces…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Sans empattement</translation>
    </message>
    <message>
        <source>Serif (default)</source>
        <translation>Avec empattement (par défaut)</translation>
    </message>
    <message>
        <source>The new interface language applies when Lisible restarts.</source>
        <translation>La nouvelle langue de l’interface s’appliquera au prochain démarrage de Lisible.</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Best (slower)</source>
        <translation>Meilleure (plus lente)</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Check each translated sentence&apos;s figures and names against the original, and mark those that differ.</source>
        <translation>Comparer les chiffres et les noms de chaque phrase traduite avec l’original, et marquer celles qui diffèrent.</translation>
    </message>
    <message>
        <source>Check figures and names in translations</source>
        <translation>Vérifier les chiffres et les noms des traductions</translation>
    </message>
    <message>
        <source>Colours of the page: light, sepia, dark, or light or dark as the desktop is.</source>
        <translation>Couleurs de la page&#xa0;: claire, sépia, sombre, ou claire ou sombre comme le bureau.</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Decoding of translations: fast (greedy) or best (beam search, about 3 times slower).</source>
        <translation>Décodage des traductions&#xa0;: rapide (glouton) ou meilleur (recherche en faisceau, environ 3 fois plus lent).</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Rapide</translation>
    </message>
    <message>
        <source>Figures colour</source>
        <translation>Couleur des chiffres</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Font of the article: serif, sans (sans serif), or the name of an installed font.</source>
        <translation>Police de l’article&#xa0;: avec empattement (serif), sans empattement (sans) ou le nom d’une police installée.</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Taille de la police</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Height of a line of body text, in multiples of the font&apos;s.</source>
        <translation>Hauteur d’une ligne du texte, en multiples de celle de la police.</translation>
    </message>
    <message>
        <source>Highlight colour of figures in the text and the Entities panel; its shade follows the theme so the text on it stays readable.</source>
        <translation>Couleur de surlignage des chiffres dans le texte et le panneau Entités&#xa0;; sa nuance suit le thème pour que le texte reste lisible.</translation>
    </message>
    <message>
        <source>Highlight colour of organisations in the text and the Entities panel; its shade follows the theme so the text on it stays readable.</source>
        <translation>Couleur de surlignage des organisations dans le texte et le panneau Entités&#xa0;; sa nuance suit le thème pour que le texte reste lisible.</translation>
    </message>
    <message>
        <source>Highlight colour of other names in the text and the Entities panel; its shade follows the theme so the text on it stays readable.</source>
        <translation>Couleur de surlignage des autres noms dans le texte et le panneau Entités&#xa0;; sa nuance suit le thème pour que le texte reste lisible.</translation>
    </message>
    <message>
        <source>Highlight colour of people in the text and the Entities panel; its shade follows the theme so the text on it stays readable.</source>
        <translation>Couleur de surlignage des personnes dans le texte et le panneau Entités&#xa0;; sa nuance suit le thème pour que le texte reste lisible.</translation>
    </message>
    <message>
        <source>Highlight colour of places in the text and the Entities panel; its shade follows the theme so the text on it stays readable.</source>
        <translation>Couleur de surlignage des lieux dans le texte et le panneau Entités&#xa0;; sa nuance suit le thème pour que le texte reste lisible.</translation>
    </message>
    <message>
        <source>In order of appearance</source>
        <translation>Dans l’ordre d’apparition</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Keep every article opened in the library, to find and reread it later.</source>
        <translation>Garder chaque article ouvert dans la bibliothèque, pour le retrouver et le relire plus tard.</translation>
    </message>
    <message>
        <source>Keep opened articles in the library</source>
        <translation>Garder les articles ouverts dans la bibliothèque</translation>
    </message>
    <message>
        <source>Language of the menus and dialogs: the desktop&apos;s, English or French. It applies when Lisible next starts.</source>
        <translation>Langue des menus et des boîtes de dialogue&#xa0;: celle du bureau, l’anglais ou le français. Elle s’applique au prochain démarrage de Lisible.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>Interligne</translation>
    </message>
    <message>
        <source>Line width (characters)</source>
        <translation>Largeur de ligne (caractères)</translation>
    </message>
    <message>
        <source>Most mentioned first</source>
        <translation>Les plus mentionnées d’abord</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Order of the Entities panel&apos;s items: most mentioned first, or as they appear.</source>
        <translation>Ordre des éléments du panneau Entités&#xa0;: les plus mentionnés d’abord, ou dans l’ordre où ils apparaissent.</translation>
    </message>
    <message>
        <source>Organisations colour</source>
        <translation>Couleur des organisations</translation>
    </message>
    <message>
        <source>Other colour</source>
        <translation>Couleur des autres noms</translation>
    </message>
    <message>
        <source>People colour</source>
        <translation>Couleur des personnes</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Places colour</source>
        <translation>Couleur des lieux</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Repair sentences whose figures or names came out wrong</source>
        <translation>Réparer les phrases dont les chiffres ou les noms sont faussés</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sépia</translation>
    </message>
    <message>
        <source>Size in points of the article&apos;s body text.</source>
        <translation>Taille en points du texte de l’article.</translation>
    </message>
    <message>
        <source>Sort entities</source>
        <translation>Trier les entités</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Bleu canard</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Translate a sentence whose figures or names came out wrong again, holding them in place.</source>
        <translation>Retraduire une phrase dont les chiffres ou les noms sont faussés, en les maintenant en place.</translation>
    </message>
    <message>
        <source>Translation quality</source>
        <translation>Qualité de traduction</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Width of the reading column, in characters of the body font.</source>
        <translation>Largeur de la colonne de lecture, en caractères de la police du texte.</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Something unexpected went wrong ({kind}). Details are in {file}.</source>
        <translation>Un problème inattendu est survenu ({kind}). Les détails sont dans {file}.</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>&amp;Cancel Translation</source>
        <translation>&amp;Annuler la traduction</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>&amp;Download ({size})</source>
        <translation>&amp;Télécharger ({size})</translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Côte à côte</translation>
    </message>
    <message>
        <source>&amp;Translate Article</source>
        <translation>&amp;Traduire l’article</translation>
    </message>
    <message>
        <source>&amp;Translate {direction}</source>
        <translation>&amp;Traduire {direction}</translation>
    </message>
    <message>
        <source>&amp;Translation</source>
        <translation>&amp;Traduction</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Install an .argosmodel file you have, or download the model from the Argos Translate package index. Translating never sends your text anywhere.</source>
        <translation>Installez un fichier .argosmodel que vous avez, ou téléchargez le modèle depuis l’index des paquets d’Argos Translate. La traduction n’envoie jamais votre texte nulle part.</translation>
    </message>
    <message>
        <source>Install from &amp;File…</source>
        <translation>Installer depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>No translation yet.</source>
        <translation>Pas encore de traduction.</translation>
    </message>
    <message>
        <source>No translation.</source>
        <translation>Pas de traduction.</translation>
    </message>
    <message>
        <source>No {direction} model is installed: Translate ({keys}) offers to get one.</source>
        <translation>Aucun modèle {direction} n’est installé&#xa0;: Traduire ({keys}) propose d’en obtenir un.</translation>
    </message>
    <message>
        <source>Select some text to translate.</source>
        <translation>Sélectionnez du texte à traduire.</translation>
    </message>
    <message>
        <source>Stop translating (Esc)</source>
        <translation>Arrêter la traduction (Échap)</translation>
    </message>
    <message>
        <source>T&amp;ranslate</source>
        <translation>&amp;Traduire</translation>
    </message>
    <message>
        <source>The article&apos;s translation</source>
        <translation>La traduction de l’article</translation>
    </message>
    <message>
        <source>The language of this article is unknown; Lisible translates French and English.</source>
        <translation>La langue de cet article est inconnue&#xa0;; Lisible traduit le français et l’anglais.</translation>
    </message>
    <message>
        <source>This article is in {language}; Lisible translates French to English and English to French.</source>
        <translation>Cet article est en {language}&#xa0;; Lisible traduit du français vers l’anglais et de l’anglais vers le français.</translation>
    </message>
    <message>
        <source>This article is in {source}: Translate ({keys}) shows it in {target}.</source>
        <translation>Cet article est en {source}&#xa0;: Traduire ({keys}) l’affiche en {target}.</translation>
    </message>
    <message>
        <source>Too narrow for side by side: the translation is below the original.</source>
        <translation>Trop étroit pour le côte à côte&#xa0;: la traduction est sous l’original.</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
    <message>
        <source>Translate &amp;Selection</source>
        <translation>Traduire la &amp;sélection</translation>
    </message>
    <message>
        <source>Translate Selection</source>
        <translation>Traduire la sélection</translation>
    </message>
    <message>
        <source>Translate {source}→{target}</source>
        <translation>Traduire {source}→{target}</translation>
    </message>
    <message>
        <source>Translating into {language}…</source>
        <translation>Traduction en {language}…</translation>
    </message>
    <message>
        <source>Translating {direction} needs a translation model, and none is installed.</source>
        <translation>Traduire {direction} demande un modèle de traduction, et aucun n’est installé.</translation>
    </message>
    <message>
        <source>Translating {direction}…</source>
        <translation>Traduction {direction}…</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>Traduction…</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Translation &amp;Models…</source>
        <translation>&amp;Modèles de traduction…</translation>
    </message>
    <message>
        <source>Translation Model Needed</source>
        <translation>Modèle de traduction nécessaire</translation>
    </message>
    <message>
        <source>Translation cancelled.</source>
        <translation>Traduction annulée.</translation>
    </message>
    <message>
        <source>Translation — {direction}</source>
        <translation>Traduction — {direction}</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Article summary</source>
        <translation>Résumé de l’article</translation>
    </message>
    <message>
        <source>Articles ({patterns})</source>
        <translation>Articles ({patterns})</translation>
    </message>
    <message>
        <source>Language, words and reading time</source>
        <translation>Langue, nombre de mots et temps de lecture</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <source>Open an article with {keys}, or drop a file here.</source>
        <translation>Ouvrez un article avec {keys}, ou déposez un fichier ici.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>The article, laid out for reading</source>
        <translation>L’article, mis en page pour la lecture</translation>
    </message>
    <message>
        <source>{name} is no longer there; it was removed from Open Recent.</source>
        <translation>{name} n’existe plus&#xa0;; il a été retiré des fichiers récents.</translation>
    </message>
</context>
</TS>
