"""Writes the odd inputs that `bench/odd-inputs` times: a big text, a 10 MB single line, a million
one-line paragraphs and 50,000 distinct names. All are made from the bundled article or from
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

# 50,000 distinct names (given name and surname from random syllables), two to a sentence.
rng = random.Random(7)
syllables = ['ba', 'ko', 'ri', 'mun', 'tel', 'sa', 'dor', 'vi', 'lan', 'ek',
             'zo', 'pra', 'gu', 'hen', 'ti', 'mar', 'no', 'fel', 'qu', 'ash']
def word(k):
    return ''.join(rng.choice(syllables) for _ in range(k)).capitalize()
names = set()
while len(names) < 50_000:
    names.add(word(2) + ' ' + word(3))
names = sorted(names)
rng.shuffle(names)
verbs = ['met', 'wrote to', 'thanked', 'spoke with', 'criticised']
with open(f'{out}/names-50k.txt', 'wb') as f:
    for i in range(0, len(names) - 1, 2):
        f.write(f'On the same day {names[i]} {rng.choice(verbs)} {names[i + 1]} about the plan.\n\n'.encode())
