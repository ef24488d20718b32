"""Writes the odd inputs that `bench/odd-inputs` times: a big text, a 10 MB and a 50 MB single line, a
million one-line paragraphs, 50,000 and 200,000 distinct names (in sentences, and bare), 2 million empty
lines and a storm of zero-width joiners. All are made from the bundled article or from
generated syllables, so nothing here is tuned to one text. Usage: odd_inputs.py ARTICLE OUTDIR MB"""
import os
import random
import re
import sys

article, out, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
a = open(article, 'rb').read()
os.makedirs(out, exist_ok=True)

# The article repeated to MB megabytes.
copies = mb * 1024 * 1024 // (len(a) + 2) + 1
open(f'{out}/article-{mb}mb.txt', 'wb').write((a + b'\n\n') * copies)

# A 10 MB single line: the article's words, every line break made a space, no newline at all.
flat = re.sub(rb'\s+', b' ', a).strip() + b' '
ten = 10 * 1024 * 1024
open(f'{out}/single-line-10mb.txt', 'wb').write((flat * (ten // len(flat) + 1))[:ten])

# A million one-line paragraphs: the first six words of the article's sentences, one a paragraph.
sentences = [s.strip() for s in re.split(rb'(?<=[.!?])\s+', re.sub(rb'\s+', b' ', a)) if len(s.strip()) > 20]
with open(f'{out}/million-paragraphs.txt', 'wb') as f:
    f.write(b''.join(b' '.join(sentences[i % len(sentences)].split()[:6]) + b'\n\n' for i in range(1_000_000)))

# Distinct names (given name and surname from random syllables): 50,000 two to a sentence, 200,000
# two to a sentence, and 200,000 bare, one a line.
rng = random.Random(7)
syllables = ['ba', 'ko', 'ri', 'mun', 'tel', 'sa', 'dor', 'vi', 'lan', 'ek',
             'zo', 'pra', 'gu', 'hen', 'ti', 'mar', 'no', 'fel', 'qu', 'ash']
verbs = ['met', 'wrote to', 'thanked', 'spoke with', 'criticised']


def word(k):
    return ''.join(rng.choice(syllables) for _ in range(k)).capitalize()


def distinct_names(count):
    names = set()
    while len(names) < count:
        names.add(word(2) + ' ' + word(3))
    names = sorted(names)
    rng.shuffle(names)
    return names


def write_sentences(path, names):
    with open(path, 'wb') as f:
        for i in range(0, len(names) - 1, 2):
            f.write(f'On the same day {names[i]} {rng.choice(verbs)} {names[i + 1]} about the plan.\n\n'.encode())


write_sentences(f'{out}/names-50k.txt', distinct_names(50_000))
many = distinct_names(200_000)
write_sentences(f'{out}/names-200k.txt', many)
open(f'{out}/names-bare-200k.txt', 'w').write('\n'.join(many) + '\n')

# 2 million empty lines between two copies of the article's first paragraph.
first = a.split(b'\n\n')[0]
open(f'{out}/empty-lines-2m.txt', 'wb').write(first + b'\n' * 2_000_000 + first + b'\n')

# A storm of zero-width joiners: the article's words, each followed by a run of U+200D and a family
# emoji of two to seven people joined by them, forty to a paragraph.
words = flat.split()
storm = []
for i in range(200_000):
    family = '\U0001F469' + '\u200d\U0001F467' * rng.randint(1, 6)
    storm.append(words[i % len(words)] + ('\u200d' * rng.randint(1, 40) + family).encode())
    if i % 40 == 39:
        storm.append(b'\n\n')
open(f'{out}/zwj-storm.txt', 'wb').write(b' '.join(storm))

# A 50 MB single line, as the 10 MB one.
fifty = 50 * 1024 * 1024
open(f'{out}/single-line-50mb.txt', 'wb').write((flat * (fifty // len(flat) + 1))[:fifty])
