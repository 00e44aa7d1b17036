"""Real sentences and the figures crosscheck should find in them, grouped by origin.

A row is (origin, sentence, expected[, known failure]); expected lists every figure mention
as (text, low, high, bound, unit), with "" for an open side. An empty list is a negative:
the sentence holds numbers that are no figure claim (versions, years, dates, phone numbers,
list markers, durations). A row with a fourth field is a known failure, kept as a strict xfail.
Sentences are quoted from the page named in the origin comment above them.
"""

G = "gt"
ROWS = [
    # sources/fortune-2024-11-19.txt
    ("fortune", "And outside its walls, Llama models have been downloaded over 600 million times on "
     "sites like open-source AI community Hugging Face.",
     [("over 600 million times", "600000000", "", G, "time")]),
    # "spent billions" names no currency, so it is no figure: only "billions of dollars" is read
    # as money (see the translated row below); guessing dollars would mislead on euro or rupee text.
    ("fortune", "The company has spent billions to build the Llama models: On its third-quarter earnings "
     "call, Meta announced that it projects capital expenditures for 2024 to reach as high as $40 "
     "billion, with a “significant” increase likely in 2025.",
     [("as high as $40 billion", "", "40000000000", "le", "USD")]),
    ("fortune", "It also restricted usage by companies with more than 700 million monthly active users, "
     "primarily meant to deter Meta’s Big Tech competitors.",
     [("more than 700 million monthly active users", "700000000", "", G, "user")]),
    ("fortune", "Meta’s strategy can seem counterintuitive, coming from a company with $135 billion in "
     "annual revenue.", [("$135 billion", "135000000000", "135000000000", "eq", "USD")]),
    ("fortune", "Nathan Lambert, a research scientist at the nonprofit Allen Institute for AI, says that "
     "while definitions might be quibbled about, more than 90% of the open-source AI models currently "
     "in use are based on Llama.", [("more than 90%", "90", "", G, "%")]),
    ("fortune", "Meanwhile the company is hard at work on Llama 4 models currently being trained on a "
     "cluster of over 100,000 pricey Nvidia GPUs, a cluster that Zuckerberg recently said was “bigger "
     "than anything that I’ve seen reported for what others are doing.",
     [("over 100,000 pricey Nvidia GPUs", "100000", "", G, "gpu")]),
    ("fortune", "(Zuckerberg is somewhat insulated from investor discontent; he controls about 61% of "
     "voting shares at Meta.", [("about 61%", "61", "61", "approx", "%")]),
    ("fortune", "In June 2023, two U.S. senators wrote a letter to Zuckerberg, criticizing Llama’s release "
     "and warning of its potential misuse for fraud, malware, harassment, and privacy violations.",
     [("two U.S. senators", "2", "2", "eq", "senator")]),
    ("fortune", "Meanwhile, it’s giving Llama away for free to thousands of companies, including giants "
     "like Goldman Sachs, AT&T, and Accenture.",
     [("thousands of companies", "2000", "1000000", "range", "company")]),
    ("fortune", "The company began laying off thousands of employees.",
     [("thousands of employees", "2000", "1000000", "range", "employee")]),
    ("fortune", "It didn’t help that two earlier releases of Meta open-source AI products had backfired "
     "badly, earning the company tongue-lashings from everyone from scientists to U.S. senators.",
     [("two earlier releases", "2", "2", "eq", "release")]),
    ("fortune", "One advantage in Llama’s favor: Meta uses publicly shared data from billions of Facebook "
     "and Instagram accounts to train its AI models.",
     [("billions of Facebook and Instagram accounts", "2000000000", "1000000000000", "range", "account")],
     "the counted noun comes after a conjunction of names"),
    ("fortune", "On July 18, 2023, Meta released Llama 2 “free for research and commercial use.", []),
    ("fortune", "“I think we’re going to look back at Llama 3.1 as an inflection point in the industry, "
     "where open-source AI started to become the industry standard, just like Linux is,” he said on "
     "Meta’s July earnings call.", []),
    ("fortune", "At 40, two decades after he cofounded Facebook, he appears to be enjoying what many are "
     "calling his “Zuckaissance”—a personal and professional glow-up.", []),
    ("fortune", "Meta’s work on AI began in earnest in 2013, when Zuckerberg handpicked LeCun, a longtime "
     "NYU professor and an AI luminary, to run Facebook’s new FAIR lab.", []),
    ("fortune", "With metaverse spending through the roof and consumers utterly uninterested, Meta’s stock "
     "hit a seven-year low.", []),
    ("fortune", "Twelve days later, OpenAI released ChatGPT, which quickly went viral around the world.", []),
    ("fortune", "Despite these restrictions, the full model leaked online within weeks, spreading across "
     "4chan and various AI communities.", []),
    ("fortune", "Patrick Wendell is CTO and cofounder of data and AI company Databricks, which released "
     "Meta’s Llama 3.1 models on its platform in July.", []),
    ("fortune", "This article appears in the December 2024/January 2025 issue of Fortune as part of the "
     "100 Most Powerful People in Business list.", []),
    ("fortune", "Tuesday, November 19, 2024", []),
    ("fortune", "The Llama in question wasn’t an animal: Llama 2 was the follow-up release of Meta’s "
     "generative AI mode—a would-be challenger to OpenAI’s GPT-4.", []),
    ("fortune", "On Nov. 1, Reuters reported that China’s army had built AI applications for military use "
     "on the back of an early version of Llama.", []),
    # sources/egoistai-zuckerberg-ai-pivot.txt
    ("egoistai", "In 2022 alone, the division lost over $13.7 billion.",
     [("over $13.7 billion", "13700000000", "", G, "USD")]),
    ("egoistai", "In 2023, it lost another $16.1 billion.",
     [("$16.1 billion", "16100000000", "16100000000", "eq", "USD")]),
    ("egoistai", "Llama 2 came in various sizes (7B, 13B, 70B parameters) and included a fine-tuned "
     "“Chat” version.",
     [("7B", "7000000000", "7000000000", "eq", "parameter"),
      ("13B", "13000000000", "13000000000", "eq", "parameter"),
      ("70B parameters", "70000000000", "70000000000", "eq", "parameter")]),
    ("egoistai", "Llama 3 models (8B and 70B parameters) demonstrated substantial improvements in "
     "reasoning, code generation, and overall performance.",
     [("8B", "8000000000", "8000000000", "eq", "parameter"),
      ("70B parameters", "70000000000", "70000000000", "eq", "parameter")]),
    ("egoistai", "Meta open-sourced Llama 2 for both research and commercial use, with only minor "
     "restrictions for very large enterprises (over 700 million monthly active users).",
     [("over 700 million monthly active users", "700000000", "", G, "user")]),
    ("egoistai", "Meta is reportedly buying hundreds of thousands of Nvidia H100 GPUs, a multi-billion "
     "dollar investment.",
     [("hundreds of thousands of Nvidia H100 GPUs", "200000", "1000000", "range", "gpu"),
      ("multi-billion dollar", "2000000000", "1000000000000", "range", "USD")]),
    ("egoistai", "Zuckerberg publicly stated his belief that the metaverse would eventually host billions "
     "of people and generate hundreds of billions of dollars in economic activity.",
     [("billions of people", "2000000000", "1000000000000", "range", "person"),
      ("hundreds of billions of dollars", "200000000000", "1000000000000", "range", "USD")]),
    ("egoistai", "Reality Labs consistently reported multi-billion dollar losses quarter after quarter.",
     [("multi-billion dollar", "2000000000", "1000000000000", "range", "USD")]),
    ("egoistai", "The AI landscape is a brutal arena, and Meta is taking on two formidable giants.",
     [("two formidable giants", "2", "2", "eq", "giant")]),
    ("egoistai", "Primary Model(s)Llama 3 (8B, 70B, larger multimodal in training)GPT-4, GPT-4oGemini "
     "Advanced, Gemini 1.5 Pro",
     [("8B", "8000000000", "8000000000", "eq", "parameter"),
      ("70B", "70000000000", "70000000000", "eq", "parameter")]),
    ("egoistai", "Billions, then tens of billions, were poured into this nascent vision, culminating in a "
     "rebrand to Meta Platforms.",
     [("tens of billions", "20000000000", "100000000000", "range", "USD")],
     "money only implied by the context"),
    ("egoistai", "PEOPLE 11 min read", []),
    ("egoistai", "ChatGPT exploded onto the scene in late 2022, igniting an AI arms race that caught almost "
     "everyone by surprise.", []),
    ("egoistai", "• Llama 1 (February 2023): Initially released to researchers under a restrictive license, "
     "it immediately generated buzz.", []),
    ("egoistai", "Feature/MetricMeta (Llama 3 & Meta AI)OpenAI (GPT-4, GPT-4o, ChatGPT)Google (Gemini "
     "Advanced, Google AI)", []),
    ("egoistai", "Yes, Llama 2 and Llama 3 are considered open source, with a permissive license that "
     "allows for commercial use.", []),
    # sources/nbcnews-meta-free-ai-models.txt
    ("nbcnews", "An amazing moment to be building software when you have $100s of billions of dollars from "
     "the major tech players going into advanced R&D and infra that directly benefit you as a developer.",
     [("$100s of billions of dollars", "200000000000", "1000000000000", "range", "USD")]),
    ("nbcnews", "While Meta allows most developers to use Llama 3 commercially, those who seek to use it in "
     "products with more than 700 million monthly active users — essentially, just major tech platforms "
     "such as Google, TikTok and Snapchat — must request licenses from Meta.",
     [("more than 700 million monthly active users", "700000000", "", G, "user")]),
    ("nbcnews", "IE 11 is not supported.", []),
    ("nbcnews", "It also has not disclosed the data used to train Llama 2 and 3, which makes it hard to "
     "gauge potential bias.", []),
    # sources/translated-llama-comeback.txt
    ("translated", "According to Fortune, the model has been downloaded more than 600 million times on "
     "websites such as the open source AI community Hugging Face, and more than 90% of open source "
     "models are based on Llama.",
     [("more than 600 million times", "600000000", "", G, "time"), ("more than 90%", "90", "", G, "%")]),
    ("translated", "However, the reality is that Meta has spent billions of dollars building the Llama "
     "model and estimates that capital expenditures in 2024 will be as high as 40 billion US dollars, "
     "and expenditures may increase significantly in 2025.",
     [("billions of dollars", "2000000000", "1000000000000", "range", "USD"),
      ("as high as 40 billion US dollars", "", "40000000000", "le", "USD")]),
    ("translated", "Twelve days after Meta shut down Galactica, OpenAI released ChatGPT, which caused a "
     "whirlwind around the world.", []),
    ("translated", "Khajuria also warned that if Meta's revenue does not accelerate in 2026, \"investors "
     "will lose patience.", []),
    # sources/blog-meta-open-source-investment.txt
    ("blog", "It found that two-thirds of organizations surveyed believe open-source AI is cheaper to "
     "deploy than proprietary models, with nearly half citing cost savings as a primary reason for "
     "adoption.",
     [("two-thirds", "66.67", "66.67", "eq", "%"), ("nearly half", "50", "50", "approx", "%")]),
    ("blog", "Since its initial release, Llama has become a leading engine of AI innovation, "
     "experiencing a tenfold growth since 2023.", [("tenfold", "10", "10", "eq", "x")]),
    ("blog", "Meta’s significant investments in AI infrastructure, including billions in GPUs and "
     "strategic acquisitions like a 49% stake in Scale AI, underscore its aggressive pursuit of AI "
     "leadership.", [("49%", "49", "49", "eq", "%")]),
    ("blog", "The company continues to expand its Llama model family, with Llama 4 and its variants "
     "expected to further push the boundaries of what’s possible.", []),
    # fierceelectronics.com/electronics/nvidia-scores-record-quarter-55-improved-sales-for-data-center-chips
    ("fierceelectronics", "Nvidia ended its third fiscal quarter with record revenues of $7.1 billion, up "
     "50% from a year earlier pushed up by data center revenues of $2.94 billion, an increase of 55%.",
     [("$7.1 billion", "7100000000", "7100000000", "eq", "USD"), ("50%", "50", "50", "eq", "%"),
      ("$2.94 billion", "2940000000", "2940000000", "eq", "USD"), ("55%", "55", "55", "eq", "%")]),
    ("fierceelectronics", "CEO Jensen Huang said demand for AI surged driven by investments in hyperscale "
     "and cloud and a broader adoption by more than 25,000 companies.",
     [("more than 25,000 companies", "25000", "", G, "company")]),
    ("fierceelectronics", "The stock was up by 130% for the year before the Wednesday earnings announcement "
     "and climbed quickly by 3% in after-hours trading to nearly $303.",
     [("130%", "130", "130", "eq", "%"), ("3%", "3", "3", "eq", "%"),
      ("nearly $303", "303", "303", "approx", "USD")]),
    # blogshop.io/pg/286320636161a941a31a_nvidia-records-57b-revenue
    ("blogshop", "The company posted a jaw-dropping $57 billion in revenue, a massive 62% year-over-year "
     "jump, while net income soared to $32 billion, up 65% from the same period last year.",
     [("$57 billion", "57000000000", "57000000000", "eq", "USD"), ("62%", "62", "62", "eq", "%"),
      ("$32 billion", "32000000000", "32000000000", "eq", "USD"), ("65%", "65", "65", "eq", "%")]),
    ("blogshop", "Nvidia’s data center segment delivered a record-shattering $51.2 billion, up 25% in just "
     "one quarter and 66% compared to last year.",
     [("$51.2 billion", "51200000000", "51200000000", "eq", "USD"), ("25%", "25", "25", "eq", "%"),
      ("66%", "66", "66", "eq", "%")]),
    ("blogshop", "The remaining $5.8 billion flowed in from its other divisions — with gaming contributing "
     "a solid $4.2 billion, plus steady cash from pro visualization and automotive tech.",
     [("$5.8 billion", "5800000000", "5800000000", "eq", "USD"),
      ("$4.2 billion", "4200000000", "4200000000", "eq", "USD")]),
    ("blogshop", "During the earnings call, she revealed something wild: in just this quarter alone, Nvidia "
     "announced AI factory and infrastructure projects totalling 5 million GPUs.",
     [("5 million GPUs", "5000000", "5000000", "eq", "gpu")]),
    # game-debate.com/news/23522 (Nvidia Q2 FY2018)
    ("game-debate", "For the second quarter of the fiscal 2018 year, Nvidia reported record revenues of "
     "$2.23 billion for the quarter ending on July 30th, up 56 percent from the $1.43 billion achieved "
     "in the previous quarter.",
     [("$2.23 billion", "2230000000", "2230000000", "eq", "USD"), ("56 percent", "56", "56", "eq", "%"),
      ("$1.43 billion", "1430000000", "1430000000", "eq", "USD")]),
    ("game-debate", "It provides GAAP earnings per share of 92 cents, a jump of 124% per cent year on year, "
     "providing a net income of $583 million.",
     [("92 cents", "0.92", "0.92", "eq", "USD"), ("124%", "124", "124", "eq", "%"),
      ("$583 million", "583000000", "583000000", "eq", "USD")]),
    ("game-debate", "Cash dividends of $0.14 per share will be paid to shareholders on September 18th.",
     [("$0.14 per share", "0.14", "0.14", "eq", "USD/share")]),
    ("game-debate", "Our new Volta GPU, the most complex processor ever built, delivers a 100-fold speedup "
     "for deep learning beyond our best GPU of four years ago.", [("100-fold", "100", "100", "eq", "x")]),
    ("game-debate", "Datacenter revenue increased more than two and a half times.",
     [("more than two and a half times", "2.5", "", G, "x")], "a multiple written as words and a fraction"),
    # findarticles.com/nvidia-reports-record-sales-as-ai-chip-boom-powers-46-7b-revenue
    ("findarticles", "In its latest quarterly report, the company announced $46.7 billion in revenue — a 56% "
     "year-over-year increase — fueled largely by its fast-growing data center business.",
     [("$46.7 billion", "46700000000", "46700000000", "eq", "USD"), ("56%", "56", "56", "eq", "%")]),
    ("findarticles", "Nvidia believes that AI infrastructure spending could reach between $3 trillion and "
     "$4 trillion by the end of the decade.",
     [("between $3 trillion and $4 trillion", "3000000000000", "4000000000000", "range", "USD")]),
    ("findarticles", "Alongside revenue growth, Nvidia’s net income soared to $26.4 billion, a 59% increase "
     "from the same period last year.",
     [("$26.4 billion", "26400000000", "26400000000", "eq", "USD"), ("59%", "59", "59", "eq", "%")]),
    ("findarticles", "While it did sell $650 million worth of H20 units to a non-Chinese customer, "
     "geopolitical tensions remain a significant obstacle.",
     [("$650 million", "650000000", "650000000", "eq", "USD")]),
    ("findarticles", "The company also highlighted its technology’s role in powering OpenAI’s recently "
     "launched open-source gpt-oss models, which were trained using Nvidia’s Blackwell GB200 NVL72 "
     "systems capable of processing “1.5 million tokens per second.”",
     [("1.5 million tokens per second", "1500000", "1500000", "eq", "token/s")]),
    # thedailytechfeed.com/nvidia-achieves-record-revenue-amidst-ai-industry-surge
    ("dailytechfeed", "Huang also projected that AI infrastructure investments could reach between $3 to $4 "
     "trillion by the end of the decade, emphasizing the substantial growth potential in this sector.",
     [("between $3 to $4 trillion", "3000000000000", "4000000000000", "range", "USD")]),
    ("dailytechfeed", "A significant portion of this revenue, $41.1 billion, was generated from data center "
     "sales.", [("$41.1 billion", "41100000000", "41100000000", "eq", "USD")]),
    # yorkshirepost.co.uk/business/nvidia-reports-record-quarterly-revenue-as-ai-chip-demand-continues-4760791
    ("yorkshirepost", "In its quarterly results for the three months to July 28, the company said that "
     "revenue from the data centre portion of its business was a record $26.3bn dollars (£19.9bn) – up "
     "16 per cent on the previous quarter and 154 per cent higher than this time last year.",
     [("$26.3bn dollars", "26300000000", "26300000000", "eq", "USD"),
      ("£19.9bn", "19900000000", "19900000000", "eq", "GBP"), ("16 per cent", "16", "16", "eq", "%"),
      ("154 per cent", "154", "154", "eq", "%")]),
    ("yorkshirepost", "The figure is up 15 per cent on the last quarter, and up 122 per cent on the same "
     "period a year ago as the firm continues to benefit from the rise of generative AI.",
     [("15 per cent", "15", "15", "eq", "%"), ("122 per cent", "122", "122", "eq", "%")]),
    # expressandstar.com/news/uk-news/2024/08/28/
    #   nvidia-reports-record-quarterly-revenue-as-ai-chip-demand-continues/
    ("expressandstar", "US computer chip giant Nvidia has reported record quarterly revenue of 30 billion "
     "dollars (£22.7 billion) in its latest round of financial results.",
     [("30 billion dollars", "30000000000", "30000000000", "eq", "USD"),
      ("£22.7 billion", "22700000000", "22700000000", "eq", "GBP")]),
    ("expressandstar", "Looking ahead to the next quarter, the company said it expected revenue to rise "
     "again, forecasting it to be around 32.5 billion dollars.",
     [("around 32.5 billion dollars", "32500000000", "32500000000", "approx", "USD")]),
    # koha.net/en/tech/411505 (EU fine)
    ("koha", "The technology giant Apple has been fined 1.8 billion euros by the European Union for "
     "violating competition rules regarding music streaming.",
     [("1.8 billion euros", "1800000000", "1800000000", "eq", "EUR")]),
    # law.com/2024/03/04/apple-hit-with-e1-8-billion-eu-antitrust-fine-says-it-will-appeal-292-177598/
    ("law.com", "The European Commission has hit Apple with a €1.84 billion fine, the third-largest EU "
     "antitrust fine in history.", [("€1.84 billion", "1840000000", "1840000000", "eq", "EUR")]),
    ("law.com", "The fine concludes a four-year investigation centered on the impact of Apple’s App Store "
     "practices on competition in music streaming, an investigation that was partly launched in "
     "response to a 2019 complaint by Spotify.", []),
    # english.republika.mk/lifestyle/technology/
    #   apple-fined-e1-8bn-in-eu-for-unfair-competition-in-music-streaming/
    ("republika", "The European Commission has imposed a €1.8 billion ($2 billion) fine on Apple for "
     "engaging in unfair competitive practices related to its music streaming service, Apple Music.",
     [("€1.8 billion", "1800000000", "1800000000", "eq", "EUR"),
      ("$2 billion", "2000000000", "2000000000", "eq", "USD")]),
    ("republika", "The fine is linked to Apple’s policy of charging companies a 30% fee for sales conducted "
     "through apps on Apple’s iOS operating system for iPhones and iPads.", [("30%", "30", "30", "eq", "%")]),
    ("republika", "Apple countered, stating that Spotify, with a 56% share of the European music streaming "
     "market, does not pay any money to Apple.", [("56%", "56", "56", "eq", "%")]),
    # newser.com/story/347213/eu-fines-apple-2b-for-move-that-impacted-millions.html
    ("newser", "The European Union leveled its first antitrust penalty against Apple on Monday, fining the "
     "US tech giant nearly $2 billion for breaking the bloc's competition laws.",
     [("nearly $2 billion", "2000000000", "2000000000", "approx", "USD")]),
    ("newser", "The $1.9 billion fine follows a long-running investigation triggered by a complaint from "
     "Swedish streaming service Spotify five years ago.",
     [("$1.9 billion", "1900000000", "1900000000", "eq", "USD")]),
    ("newser", "The EU has led global efforts to crack down on Big Tech companies, including a series of "
     "multibillion-dollar fines for Google.",
     [("multibillion-dollar", "2000000000", "1000000000000", "range", "USD")]),
    ("newser", "\"This is illegal, and it has impacted millions of European consumers,\" said Margrethe "
     "Vestager, the EU's competition commissioner, per the AP .",
     [("millions of European consumers", "2000000", "1000000000", "range", "consumer")]),
    ("newser", "Apple banned app developers from \"fully informing iOS users about alternative and cheaper "
     "music subscription services outside of the app,\" said the European Commission, the 27-nation "
     "bloc's executive arm and top antitrust enforcer.", [("27-nation", "27", "27", "eq", "nation")]),
    # mosaic.news/?p=355289
    ("mosaic", "Spotify has the largest music streaming app in the world, and has met with the European "
     "Commission more than 65 times during this investigation,” it said.",
     [("more than 65 times", "65", "", G, "time")]),
    # huggingface.co/blog/llama31
    ("hf-llama31", "Llama 3.1 comes in three sizes: 8B for efficient deployment and development on "
     "consumer-size GPU, 70B for large-scale AI native applications, and 405B for synthetic data, LLM "
     "as a Judge or distillation.",
     [("three sizes", "3", "3", "eq", "size"), ("8B", "8000000000", "8000000000", "eq", "parameter"),
      ("70B", "70000000000", "70000000000", "eq", "parameter"),
      ("405B", "405000000000", "405000000000", "eq", "parameter")]),
    ("hf-llama31", "In addition to the six generative models, Meta released two new models: Llama Guard 3 "
     "and Prompt Guard.",
     [("six generative models", "6", "6", "eq", "model"), ("two new models", "2", "2", "eq", "model")]),
    ("hf-llama31", "Fine-tuning Llama 3.1 8B on a single GPU with 🤗 TRL", [("8B", "8000000000", "8000000000",
                                                                          "eq", "parameter")]),
    # gist.github.com/cedrickchee/2e086ccb7427a96af60da5e1ba51dda8 (Llama 3.1 leaks)
    ("gist-llama31", "Trained on a massive ~15T tokens of public data",
     [("~15T tokens", "15000000000000", "15000000000000", "approx", "token")]),
    ("gist-llama31", "Fine-tuning data includes publicly available instruction datasets and over 25M "
     "synthetically generated examples",
     [("over 25M synthetically generated examples", "25000000", "", G, "example")]),
    ("gist-llama31", "Multilingual support for 7 languages: French, German, Hindi, Italian, Portuguese, "
     "Spanish, and Thai", [("7 languages", "7", "7", "eq", "language")]),
    ("gist-llama31", "Every model now supports 128k context length (up from 8k)",
     [("128k context length", "128000", "128000", "eq", "token"),
      ("8k", "8000", "8000", "eq", "token")], "a context length counts tokens it does not name"),
    ("gist-llama31", "Training required a whopping 39.3M GPU hours on H100-80GB: 1.5m for 8B, 7m for 70B, "
     "and 31M for 405B",
     [("39.3M GPU hours", "39300000", "39300000", "eq", "hour"), ("1.5m", "1500000", "1500000", "eq", "hour"),
      ("7m", "7000000", "7000000", "eq", "hour"), ("31M", "31000000", "31000000", "eq", "hour")],
     "a lower-case m after digits is read as metres, and the unit is not repeated"),
    # vercel.com/ai-gateway/models/llama-3.1-70b
    ("vercel", "Llama 3.1 70B Instruct introduced context of 131.1K tokens, eight-language multilingual "
     "support, and trained tool-use capability to the open 70B parameter class.",
     [("70B", "70000000000", "70000000000", "eq", "parameter"),
      ("131.1K tokens", "131100", "131100", "eq", "token"),
      ("eight-language", "8", "8", "eq", "language"),
      ("70B", "70000000000", "70000000000", "eq", "parameter")]),
    # scaleway/docs-content changelog (2025-06-25)
    ("scaleway", "Llama 3.3 70B maximum context is now reduced to 100k tokens (from 130k tokens "
     "previously).",
     [("70B", "70000000000", "70000000000", "eq", "parameter"),
      ("100k tokens", "100000", "100000", "eq", "token"),
      ("130k tokens", "130000", "130000", "eq", "token")]),
    # raspberrypi/documentation introduction.adoc (PR 3969)
    ("raspberrypi-docs", "USB-C power (5V 3A (15W))",
     [("5V", "5", "5", "eq", "V"), ("3A", "3", "3", "eq", "A"), ("15W", "15", "15", "eq", "W")]),
    # gist.github.com/grahamc (Raspberry Pi 4 specifications)
    ("pi4-spec", "1GB, 2GB or 4GB LPDDR4-2400 SDRAM (depending on model)",
     [("1GB", "1", "1", "eq", "GB"), ("2GB", "2", "2", "eq", "GB"), ("4GB", "4", "4", "eq", "GB")]),
    ("pi4-spec", "* A good quality 2.5A power supply can be used if downstream USB peripherals consume less "
     "than 500mA in total.",
     [("2.5A", "2.5", "2.5", "eq", "A"), ("less than 500mA", "", "500", "lt", "mA")]),
    ("pi4-spec", "Broadcom BCM2711, Quad core Cortex-A72 (ARM v8) 64-bit SoC @ 1.5GHz",
     [("64-bit", "64", "64", "eq", "bit"), ("1.5GHz", "1.5", "1.5", "eq", "GHz")]),
    # github.com/gitluis/pi-cluster/wiki/Hardware
    ("pi-cluster", "Stock GPU speed: 500 Mhz", [("500 Mhz", "500", "500", "eq", "MHz")]),
    ("pi-cluster", "Max CPU speed: 2.147 GHz", [("2.147 GHz", "2.147", "2.147", "eq", "GHz")]),
    ("pi-cluster", "then increase it by a step of 1 until the Raspberry Pi boots up properly.", []),
    # github.com/DVA490-474-Project-Course/SSL-Hardware-Development/wiki/Raspberry
    ("ssl-hardware", "Memory | 2GB, 4GB, or 8GB LPDDR4-3200 SDRAM |",
     [("2GB", "2", "2", "eq", "GB"), ("4GB", "4", "4", "eq", "GB"), ("8GB", "8", "8", "eq", "GB")]),
    ("ssl-hardware", "Dimensions | 85.6mm × 56.5mm |",
     [("85.6mm", "85.6", "85.6", "eq", "mm"), ("56.5mm", "56.5", "56.5", "eq", "mm")]),
    ("ssl-hardware", "Weight | 46g |", [("46g", "46", "46", "eq", "g")]),
    # peps.python.org/pep-0709/
    ("pep-0709", "This change makes comprehensions much faster: up to 2x faster for a microbenchmark of a "
     "comprehension alone, translating to an 11% speedup for one sample benchmark derived from "
     "real-world code.",
     [("up to 2x", "", "2", "le", "x"), ("11%", "11", "11", "eq", "%")]),
    ("pep-0709", "PEP: 709 Title: Inlined comprehensions", []),
    ("pep-0709", "Created: 24-Feb-2023 Python-Version: 3.12 Post-History: 25-Feb-2023", []),
    # docs.python.org/3.12 (table of contents)
    ("python-docs", "Pending Removal in Python 3.14", []),
    ("python-docs", "PEP 684: A Per-Interpreter GIL", []),
    # python.org/pipermail/python-checkins/2020-February/164716.html
    ("python-checkins", "[Python-checkins] bpo-32856: Optimize the assignment idiom in comprehensions. "
     "(GH-16814)", []),
    # tmlawgroup.blog/2017/08/18/press-releases-101/
    ("tmlawgroup", "1) Accuracy: The company should have someone who is familiar with material occurrences "
     "in the company review the release to ensure that the disclosures are accurate.", []),
    ("tmlawgroup", "2) Forward Looking Statements: The release should include Forward Looking Statements "
     "language describing any future events.", []),
    # purelysupp.com/publicity/89-press-release-tips/press-release-tip-14
    ("purelysupp", "Safe Harbor Statement under the Private Securities Litigation Reform Act of 1995.", []),
    ("purelysupp", "Statements in this press release that are not strictly historical are “forward-looking” "
     "statements within the meaning of Section 27A", []),
    # mondaq.com/canada/x/496120
    ("mondaq", "National Instrument 51-102: Continuous Disclosure Obligations governs the use of "
     "forward-looking information.", []),
    ("mondaq", "Here are three tips to ensure your press releases comply with securities regulations and "
     "effectively communicate with investors.", [("three tips", "3", "3", "eq", "tip")]),
    ("mondaq", "1. Meet the disclosure requirements if you choose to include material forward-looking "
     "information in a press release.", []),
    # accountingtools.com/podcast-blog/58
    ("accountingtools", "Investor Relations: Forward-Looking Statements (#58)", []),
    ("accountingtools", "These cautionary statements can refer to a complete set of identified risks, "
     "such as a firm might identify in its annual Form 10-K.", []),
    # dumpstersource.com/Help5
    ("dumpstersource", "The call center, 1-800-995-8212., is open Monday through Friday from 7:00 am EST "
     "until 8:00 pm EST.", []),
    ("dumpstersource", "Online access to your account is available 24 hours per day, 7 days per week.", []),
    ("dumpstersource", "All online orders must occur at least 36 hours in advance to allow for "
     "processing, as terms and conditions apply.", []),
    # nwp.com/CustomerCenter/cchowto.asp
    ("nwp", "1) Dial 1-800-722-1003", []),
    ("nwp", "3) Dial the 10-digit card number +PIN.", [("10-digit", "10", "10", "eq", "digit")]),
    ("nwp", "Dial 011 + country code + city code + telephone number", []),
    ("nwp", "8/10 Subject to change without notice.", []),
    ("nwp", "- To place additional calls, don’t hang up; press and hold (#) for two seconds.", []),
    # webtrading.org/vt/callthistollfreenumber/
    ("webtrading", "1-800-234-5678 is not the same number as 1-888-234-5678.", []),
    ("webtrading", "Today, there are six toll free codes: 800, 888, 877, 866, 855 and 844.",
     [("six toll free codes", "6", "6", "eq", "code")]),
    # smsgov.com/2010/04/26/toll-free-area-code-confusion/
    ("smsgov", "Or, they were calling numbers that had a one of those number combinations as part of the "
     "phone number but with a different area code (for instance 631-888-1234)", []),
    # stock-analysis-on.net (Texas Instruments income statement)
    ("stock-analysis", "Revenue increased steadily from US$4.289 billion in March 2021 to US$5.212 billion "
     "in June 2022.",
     [("US$4.289 billion", "4289000000", "4289000000", "eq", "USD"),
      ("US$5.212 billion", "5212000000", "5212000000", "eq", "USD")]),
    ("stock-analysis", "Net revenues showed a general upward trend from March 2020 through March 2025, "
     "starting at $6,707 million and reaching $9,313 million.",
     [("$6,707 million", "6707000000", "6707000000", "eq", "USD"),
      ("$9,313 million", "9313000000", "9313000000", "eq", "USD")]),
    ("stock-analysis", "From March 2021 to March 2023, sales fluctuated around $9,000 to $10,000 million, "
     "indicating some degree of volatility.",
     [("around $9,000 to $10,000 million", "9000000000", "10000000000", "range", "USD")]),
    # seekingalpha.com/news/3607249
    ("seekingalpha", "For Q3, Nvidia expects revenue of $4.4B (+/- 2%) and non-GAAP gross margin of 65.5%.",
     [("$4.4B", "4400000000", "4400000000", "eq", "USD"), ("2%", "2", "2", "eq", "%"),
      ("65.5%", "65.5", "65.5", "eq", "%")]),
    ("seekingalpha", "Adjusted gross margin was 66%, in-line with guidance and above the 64.5% consensus.",
     [("66%", "66", "66", "eq", "%"), ("64.5%", "64.5", "64.5", "eq", "%")]),
    # sec.gov/Archives/edgar/data/1058290/000105829019000009/R46.htm
    ("sec.gov", "Summarized quarterly results for the two years ended December 31, 2018 are as follows:", []),
    # legacy.pewresearch.org/topic/politics-policy/political-issues/page/5
    ("pewresearch", "Six-in-ten U.S. adults say gun violence is a very big problem in the country today, up "
     "9 percentage points from spring 2022.",
     [("Six-in-ten", "60", "60", "eq", "%"), ("9 percentage points", "9", "9", "eq", "percentage point")]),
    ("pewresearch", "About half of Americans who don’t own a gun say they could never see themselves owning "
     "one (52%) while nearly as many could imagine themselves as gun owners in the future (47%).",
     [("About half", "50", "50", "approx", "%"), ("52%", "52", "52", "eq", "%"),
      ("47%", "47", "47", "eq", "%")]),
    ("pewresearch", "Despite the Chinese Communist Party's ban on religion, some 6% of party members "
     "formally identify with a religion.", [("some 6%", "6", "6", "approx", "%")]),
    ("pewresearch", "Black workers account for about 13% of all U.S. workers, including those who work full "
     "time, part time and are self-employed.", [("about 13%", "13", "13", "approx", "%")]),
    ("pewresearch", "63% of Americans are pessimistic about the country’s moral and ethical standards, and "
     "59% are pessimistic about its education system.",
     [("63%", "63", "63", "eq", "%"), ("59%", "59", "59", "eq", "%")]),
    # publicagenda.org/resource/american-perspectives-on-racism-and-racial-justice-.../methodology/
    ("publicagenda", "This report summarizes findings from a nationally representative survey of 2,788 adult "
     "Americans 18 years and older.", [("2,788 adult Americans", "2788", "2788", "eq", "american")]),
    ("publicagenda", "The survey has a credibility interval of plus or minus 2.3 percentage points for all "
     "respondents.", [("2.3 percentage points", "2.3", "2.3", "eq", "percentage point")]),
    ("publicagenda", "In order to develop the survey questions, Public Agenda conducted three "
     "demographically diverse online focus groups in November 2022.",
     [("three demographically diverse online focus groups", "3", "3", "eq", "group")],
     "the counted noun comes after four modifiers"),
    # verasight-apsa-2023.tiiny.co
    ("verasight", "Verasight conducted a nationally-representative survey of 2,000 adults to answer "
     "questions written by 2023 APSA attendees.", [("2,000 adults", "2000", "2000", "eq", "adult")]),
    # francoposa.com (Gallup news service topline)
    ("gallup", "For results based on this sample of national adults, the margin of sampling error is ±4 "
     "percentage points at the 95% confidence level.",
     [("4 percentage points", "4", "4", "eq", "percentage point"), ("95%", "95", "95", "eq", "%")]),
    # indolinkenglish.wordpress.com/tag/investment (Business Standard, Financial Express)
    ("indolink", "Indian Oil Corporation (IOC), a public sector oil marketing major, plans to invest Rs 500 "
     "crore (US$ 71.54 million) at Chitradurga in Karnataka.",
     [("Rs 500 crore", "5000000000", "5000000000", "eq", "INR"),
      ("US$ 71.54 million", "71540000", "71540000", "eq", "USD")]),
    ("indolink", "Germany-based Freudenberg Group to invest ₹400 crore in Punjab",
     [("₹400 crore", "4000000000", "4000000000", "eq", "INR")]),
    ("indolink", "The Odisha government on Monday approved five investment proposals worth Rs 608.79 crore "
     "in sectors like Metal, Food Processing, and Logistics & Infrastructure, which may generate "
     "employment for 1,496 people in the state.",
     [("five investment proposals", "5", "5", "eq", "proposal"),
      ("Rs 608.79 crore", "6087900000", "6087900000", "eq", "INR"),
      ("1,496 people", "1496", "1496", "eq", "person")]),
    # business-standard.com/topic/investment/page-9
    ("business-standard", "Coca-Cola bottlers to invest ₹25,760 cr in India's food processing sector",
     [("₹25,760 cr", "257600000000", "257600000000", "eq", "INR")]),
    # thesundaily.my/news/2017/10/30/bhic-unit-bags-rm195m-royal-malaysian-navy-job
    ("thesundaily", "Boustead Heavy Industries Corp Bhd's (BHIC) unit BHIC Defence Techservices Sdn Bhd "
     "(BDTS) has won a RM19.5 million contract to supply and deliver communication suite for squadron "
     "23rd Frigate of the Royal Malaysian Navy.",
     [("RM19.5 million", "19500000", "19500000", "eq", "MYR")]),
    ("thesundaily", "BHIC's share price closed unchanged at RM2.07.", [("RM2.07", "2.07", "2.07", "eq", "MYR")]),
    # reuters.com/article/malaysia-rail-idUSL3E8L31HX20121003
    ("reuters", "Malaysia’s Mass Rapid Transit rail project, which aims to ease congestion in Kuala Lumpur, "
     "has awarded construction contracts worth 732.2 million ringgit ($240 million) to three local firms.",
     [("732.2 million ringgit", "732200000", "732200000", "eq", "MYR"),
      ("$240 million", "240000000", "240000000", "eq", "USD"),
      ("three local firms", "3", "3", "eq", "firm")]),
    # 106.2.224.58 (The Star, AWC Bhd hospital support award)
    ("thestar", "AWC Bhd has received a letter of award from the Health Ministry to provide hospital support "
     "services for the National Institute of Health, which would see it receiving RM106.04mil in fees "
     "over a period of five years.", [("RM106.04mil", "106040000", "106040000", "eq", "MYR")]),
    # edgeprop.my/content/1190557
    ("edgeprop", "AWC closed up two sen or 1.8% at RM1.13 for a market capitalisation of RM292.76 million.",
     [("two sen", "0.02", "0.02", "eq", "MYR"), ("1.8%", "1.8", "1.8", "eq", "%"),
      ("RM1.13", "1.13", "1.13", "eq", "MYR"), ("RM292.76 million", "292760000", "292760000", "eq", "MYR")],
     "sen, the ringgit's cent, is read as no unit"),
    # diki.es/slownik-angielskiego?q=reverse+split
    ("diki", "Adjusted for a reverse split of 10:1 in 2002, it now trades at 27 cents.",
     [("27 cents", "0.27", "0.27", "eq", "USD")]),
    ("diki", "And after a 1-for-20 reverse split, also in 1995, the stock trades for about 82 cents.",
     [("about 82 cents", "0.82", "0.82", "approx", "USD")]),
    # lexic.us/definition-of/penny_stock
    ("lexic", "A highly speculative stock selling for less than one dollar per share and quoted in cents.",
     [("less than one dollar per share", "", "1", "lt", "USD/share")]),
    # pixelation.org/living-on-a-dollar-a-day-the-brutal-reality-of-extreme-poverty-4v2
    ("pixelation", "But for nearly 700 million people globally, living on a dollar a day isn't a social "
     "experiment.", [("nearly 700 million people", "700000000", "700000000", "approx", "person"),
                     ("a dollar a day", "1", "1", "eq", "USD/day")]),
    ("pixelation", "If you have one dollar, you can't buy a house.", [("one dollar", "1", "1", "eq", "USD")]),
    ("pixelation", "It’s a haunting, simple phrase that defines the edge of human survival.", []),
    # psychologywiki.com/category/poverty
    ("psychologywiki", "Using the U.S. dollar as a hallmark for living standards, approximately 2.8 billion "
     "people live on less than 2 dollars a day, and almost 1.2 billion live on less than 1 dollar a day.",
     [("approximately 2.8 billion people", "2800000000", "2800000000", "approx", "person"),
      ("less than 2 dollars a day", "", "2", "lt", "USD/day"),
      ("less than 1 dollar a day", "", "1", "lt", "USD/day")]),
    ("psychologywiki", "Given the differing living standards across nations, a dollar has different weight "
     "depending on context.", []),
    # forum.aimp.com.pl/viewtopic.php?p=46806 (Tallest NBA Player)
    ("aimp", "Standing at a towering 7 feet 7 inches (231 cm), Muresan played as a center in the NBA for "
     "the Washington Bullets (now Washington Wizards) and the New Jersey Nets during the 1990s.",
     [("7 feet 7 inches", "91", "91", "eq", "in"), ("231 cm", "231", "231", "eq", "cm")]),
    # usblog.betway.com/nba/tallest-nba-players-of-all-time/
    ("betway", "10. Mark Eaton | 7ft 4in", [("7ft 4in", "88", "88", "eq", "in")]),
    # heavy.com/sports/nba/tallest-players-nba-history/
    ("heavy", "We’re going to take a look at the giants who’ve played in the league, all over 7 feet tall — "
     "the towering centers of NBA lore.", [("over 7 feet", "7", "", G, "ft")]),
    # getcareero.com/career/who-is-the-7-foot-tall-person-in-the-nba/
    ("getcareero", "At the zenith of NBA height, we find Gheorghe Muresan and Manute Bol, both reaching an "
     "extraordinary 7-foot-7.", [("7-foot-7", "91", "91", "eq", "in")],
     "a height hyphenated into feet and inches"),
    # stockhouse.com/companies/bullboard?postid=33012316
    ("stockhouse", "Could say 250% revenue growth or 3.5 times last years revenues.",
     [("250%", "250", "250", "eq", "%"), ("3.5 times", "3.5", "3.5", "eq", "x")]),
    ("stockhouse", "Not sure I would say growth of 250% or 3.5 times revenue growth.",
     [("250%", "250", "250", "eq", "%"), ("3.5 times", "3.5", "3.5", "eq", "x")]),
    # nielstron/quantulum3 tests/quantities.json
    ("quantulum3", "A mouse can get through a 1/4 inch gap", [("1/4 inch", "0.25", "0.25", "eq", "in")]),
    ("quantulum3", "two and a half miles to the east", [("two and a half miles", "2.5", "2.5", "eq", "mi")]),
    ("quantulum3", "The door is 2 1/2 in thick, and it will be for at least several hundred years",
     [("2 1/2 in", "2.5", "2.5", "eq", "in")], "a one-letter unit apart from its number is read as a word"),
    ("quantulum3", "Even though we're in the 21st century, we need an accuracy of 16.25 nanometers, about 1/40 "
     "of the wavelength of red light", [("16.25 nanometers", "16.25", "16.25", "eq", "nm")]),
    ("quantulum3", "The number 1/0 is not a valid value.", []),
    # scrapinghub/dateparser tests/test_search.py
    ("dateparser", "9/3/2017  , ", []),
    # everly.eu/2020/04/21/uk-government-launches-1-25bn-plan-to-help-start-ups/
    ("everly", "UK-registered companies that have raised at least £250,000 in equity investment the last five "
     "years will be eligible to receive loans of £125,000 to £5 million, provided they can find matching "
     "private investment.", [("at least £250,000", "250000", "", "ge", "GBP"),
                             ("£125,000 to £5 million", "125000", "5000000", "range", "GBP")]),
    ("everly", "The Treasury and the Department for Business, Energy & Industrial Strategy (BEIS) the package "
     "consists of a £500m Future Fund investment for high-growth companies impacted by the crisis, made up "
     "of funding from government and the private sector.", [("£500m", "500000000", "500000000", "eq", "GBP")]),
    # hipsters-hackers-hustlers.com/boy-were-there-some-big-funding-rounds-across-europe-last-year/
    ("hipsters", "Hoxton Ventures backed DarkTrace raised a more than reasonable €58.2m Series C.",
     [("€58.2m", "58200000", "58200000", "eq", "EUR")]),
    # Abbreviated scales: a Reuters headline quoted in a public news-scraper's fixtures; a company card
    # in a public repository ("mil" is a million only after a currency sign)
    ("reuters-headline", "UPDATE 2-Germany earmarks 20 bln euros in subsidies for chip industry",
     [("20 bln euros", "20000000000", "20000000000", "eq", "EUR")]),
    ("company-card", "Direct to consumer, 2022: 467 mil in revenue. 2021: $411 mil in revenue.",
     [("$411 mil", "411000000", "411000000", "eq", "USD")]),
    # temperatures by their scale's name, and volumes in hectolitres (the peers' suites' inputs)
    ("quantulum3-tests", "Weather got cold in the last days. Now its -10C",
     [("-10C", "-10", "-10", "eq", "°C")]),
    ("duckling-tests", "70 degrees F", [("70 degrees F", "70", "70", "eq", "°F")]),
    ("duckling-tests", "3 hectoliters", [("3 hectoliters", "3", "3", "eq", "hL")]),
    # one of a measure is an amount, where "a dollar" is also the currency
    ("quantulum3-tests", "I want a gallon of beer", [("a gallon", "1", "1", "eq", "gal")]),
    ("duckling-tests", "one liter", [("one liter", "1", "1", "eq", "L")]),
    # tokenised text spaces a hyphen (PAC train, a story outside the gold check half)
    ("pac-news", "The Senate easily cleared the 60 - vote hurdle needed", [("60 - vote", "60", "60", "eq", "vote")]),
    # a count of people named before the number (issue 13's quote)
    ("issue-13", "a population of 3,559", [("3,559", "3559", "3559", "eq", "person")]),
    # digits after digits and a space: one number written with a space, or a list; no figure alone
    ("quantulum3-tests", "245 23 yen", []),
    ("news-phrasing", "gas at $3 a gallon", [("$3 a gallon", "3", "3", "eq", "USD/gal")]),
]
