// Well-known people whose surname alone is common in the news. Rows: "Full Name|alias|alias".
export const PEOPLE_TABLE = `
Joe Biden|Biden|Joseph Biden|Joseph R. Biden
Donald Trump|Trump|Donald J. Trump
Barack Obama|Obama
Kamala Harris
Vladimir Putin|Putin
Volodymyr Zelensky|Zelensky|Zelenskyy|Zelenskiy|Volodymyr Zelenskyy|Volodymyr Zelenskiy
Xi Jinping|Xi
Kim Jong Un|Kim Jong-un
Emmanuel Macron|Macron
Olaf Scholz|Scholz
Angela Merkel|Merkel
Rishi Sunak|Sunak
Keir Starmer|Starmer
Boris Johnson
Narendra Modi|Modi
Recep Tayyip Erdogan|Erdogan|Erdoğan
Benjamin Netanyahu|Netanyahu
Ali Khamenei|Khamenei
Mohammed bin Salman
Fumio Kishida|Kishida
Yoon Suk Yeol
Justin Trudeau|Trudeau
Luiz Inacio Lula da Silva|Lula
Javier Milei|Milei
Giorgia Meloni|Meloni
Viktor Orban|Orban|Orbán
Alexander Lukashenko|Lukashenko
Sergei Lavrov|Lavrov
Sergei Shoigu|Shoigu
Dmitry Peskov|Peskov
Yevgeny Prigozhin|Prigozhin
Antony Blinken|Blinken
Jake Sullivan
Lloyd Austin
Janet Yellen|Yellen
Jerome Powell
Nancy Pelosi|Pelosi
Mitch McConnell|McConnell
Chuck Schumer|Schumer
Ron DeSantis|DeSantis
Antonio Guterres|Guterres|António Guterres
Ursula von der Leyen
Jens Stoltenberg|Stoltenberg
Pope Francis
Elon Musk|Musk
Jeff Bezos|Bezos
Mark Zuckerberg|Zuckerberg
Bill Gates
Tim Cook
Sam Altman|Altman
Warren Buffett|Buffett
`;
