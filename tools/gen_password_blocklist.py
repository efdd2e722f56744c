#!/usr/bin/env python3
"""Generate resources/security/password_blocklist.txt, the built-in list of common passwords.

No list is downloaded: the entries come from well-known patterns of weak passwords
(NIST SP 800-63B §5.1.1.2: dictionary words, repetitive or sequential characters, context
words; OWASP ASVS 2.1.7):

- English words and defaults that top every published leak ("password", "admin", "qwerty", …);
- pinyin and Chinese patterns: "woaini", "5201314" (我爱你一生一世), surnames with given names,
  cities of Hainan, and words of this service ("wangyueche" 网约车, "yunzheng" 运政, "ridewatch");
- keyboard walks along rows, columns and diagonals of a US keyboard, forwards and backwards;
- digit runs, repeats and pairs, alphabet runs;
- base words followed by years 1970–2030 and the usual suffixes ("123", "@123", "!");
- years doubled and as dates (19901990, 19900101).

rw::PasswordBlocklist matches case-insensitively, after undoing leetspeak (p@ssw0rd) and
shifted digits (!qaz@wsx), and also after stripping digits and symbols from either end of the
candidate, so "Woaini@2024" hits "woaini". Entries are lower case, at least 4 characters, one per
line, sorted; '#' starts a comment.

Usage:
  tools/gen_password_blocklist.py           rewrite the resource file
  tools/gen_password_blocklist.py --check   exit 1 if the committed file differs
Only the Python standard library is used.
"""

import argparse
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "security" / "password_blocklist.txt"

ENGLISH = """
password passwd passphrase admin administrator root superuser sysadmin qwerty welcome letmein
iloveyou monkey dragon master sunshine princess football baseball basketball soccer hockey
shadow superman batman spiderman trustno1 abc123 test tester testing guest user username login
changeme default secret system manager server oracle mysql database computer internet hello
freedom whatever starwars pokemon naruto killer hunter ranger charlie michael jordan jennifer
jessica ashley daniel thomas andrew joshua matthew robert william george summer winter spring
autumn flower lovely loveme lover happy family friend friends angel angels baby babygirl
cookie cheese chocolate banana orange apple purple yellow silver golden diamond money
business office company access security secure private public service support online
network wireless router camera mobile phone email gmail yahoo hotmail google facebook
microsoft windows linux ubuntu debian android iphone samsung huawei xiaomi lenovo
master123 temp temppass temporary backup demo sample example nothing unknown
""".split()

PINYIN = """
woaini woaini1314 woainimama woainibaba aini aiwo wuai nihao baobei laogong laopo qinqin
xiaobao tianshi kuaile xingfu zhongguo mima wodemima yonghu guanli guanliyuan ceshi anquan
woshishui shengri xiaoming xiaohong xiaoli haoren pengyou jiayou wangluo diannao shouji
weixin zhifubao taobao jingdong baidu tengxun alibaba meimei gege jiejie didi dage
yiqiejiehao fuqi xiexie zaijian kaixin pingan jiankang fachai caifu dajiahao
beijing shanghai guangzhou shenzhen tianjin chongqing wuhan chengdu hangzhou nanjing xian
hainan haikou sanya wuzhishan danzhou qionghai wanning dongfang wenchang lingshui baoting
qiongzhong tunchang chengmai dingan lingao ledong changjiang baisha sansha yangpu
wangyueche chuzuche didichuxing dache kuaiche zhuanche shunfengche jiaotong jiaotongju
yunzheng yunguan jianguan zhifa pingtai hangye ridewatch ridehailing gongsi jiashiyuan
cheliang dingdan
""".split()

SURNAMES = """
wang li zhang liu chen yang huang zhao zhou xu sun ma zhu hu guo he gao lin luo zheng liang
xie song tang han feng deng cao peng zeng xiao tian dong yuan pan jiang cai yu du ye cheng
wei su lu ding ren shen yao fu zhong jiang cui tan
""".split()

GIVEN = """
wei fang min jing li qiang lei jun yong yan jie juan tao ming chao xiuying xiulan hua ping
gang hui hong bin bo dan ling na yu hao yang peng fei xin lin
""".split()

DIGIT_WORDS = """
5201314 1314520 520520 521521 201314 1314521 584520 74108520 147258369 159357 159753
741852963 789456123 147852369 123654789 963852741 321654987 987654321 123321 112233
11223344 111222 123123 123123123 121212 131313 202020 212121 456456 789789 123qwe
qwe123 qweasd qweasdzxc 1qaz2wsx 1q2w3e4r 1q2w3e4r5t 1q2w3e 1qazxsw2 2wsx3edc zaq12wsx
qazwsx qazwsxedc qwerasdf asdfqwer zxcvasdf asdzxc zxcasd aaa111 abc123456 a123456
a12345678 aa123456 abcd1234 1234abcd qwer1234 1234qwer asdf1234 zxcv1234 password1
""".split()

KEYBOARD_ROWS = ["1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./"]
COLUMN_WALKS = [
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
    "zaq1xsw2cde3vfr4bgt5nhy6mju7,ki8.lo9/;p0",
    "qazwsxedcrfvtgbyhnujmik,ol.p;/",
    "1q2w3e4r5t6y7u8i9o0p",
    "q1w2e3r4t5y6u7i8o9p0",
    "qweasdzxcrtyfghvbnuiojklm,.",
    "1qazxsw23edcvfr45tgbnhy6",
]
SUFFIXES = ["1", "12", "123", "1234", "12345", "123456", "!", "!!", "!@#", "@123", "#123", "666",
            "888", "520", "1314", "000", "111", "007", "@", "#", ".", "_123"]
TOP_BASES = ["password", "admin", "administrator", "root", "qwerty", "welcome", "letmein",
             "iloveyou", "woaini", "abc", "test", "guest", "user", "system", "manager", "hello",
             "china", "beijing", "hainan", "haikou", "sanya", "wuzhishan", "wangyueche", "didi",
             "jiaotong", "yunzheng", "ridewatch", "super", "master", "love", "mima", "ceshi",
             "guanli", "qwe", "asd", "zxc", "aaa", "qaz", "asdf", "zxcv", "qwer", "dragon",
             "monkey", "sunshine", "princess", "football", "shadow", "baobei", "laogong", "laopo"]


def walks(line, min_len=6):
    """Every run of at least min_len characters along line, forwards and backwards."""
    found = set()
    for text in (line, line[::-1]):
        for start in range(len(text)):
            for end in range(start + min_len, len(text) + 1):
                found.add(text[start:end])
    return found


def generate():
    entries = set(ENGLISH) | set(PINYIN) | set(DIGIT_WORDS)

    for surname in SURNAMES:
        for given in GIVEN:
            entries.add(surname + given)
        for suffix in ("123", "123456", "1234", "888", "520", "1314"):
            entries.add(surname + suffix)

    for row in KEYBOARD_ROWS:
        entries |= walks(row)
    for walk in COLUMN_WALKS:
        # Prefixes in whole columns or key pairs, and the same walk backwards.
        for end in range(6, len(walk) + 1):
            entries.add(walk[:end])
            entries.add(walk[:end][::-1])

    for digit in "0123456789":
        for length in range(4, 21):
            entries.add(digit * length)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for length in range(4, 17):
            entries.add(letter * length)
    digits = "0123456789012345678901234567890"
    for start in range(10):
        for length in range(6, 21):
            entries.add(digits[start:start + length])
            entries.add(digits[start:start + length][::-1])
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    for start in range(len(alphabet)):
        for end in range(start + 6, len(alphabet) + 1):
            entries.add(alphabet[start:end])
    for pair in ("12", "21", "13", "ab", "qw", "as", "zx", "aa", "11", "a1", "1a", "q1", "520", "123",
                 "abc", "qwe", "asd", "147", "258", "369", "789", "1q", "1qa"):
        for repeat in range(2, 9):
            if 4 <= len(pair) * repeat <= 24:
                entries.add(pair * repeat)

    for base in TOP_BASES:
        for year in range(1970, 2031):
            entries.add(f"{base}{year}")
        for suffix in SUFFIXES:
            entries.add(base + suffix)
        for prefix in ("123", "1234", "520"):
            entries.add(prefix + base)

    for year in range(1950, 2036):
        entries.add(str(year) * 2)
        entries.add(f"{year}{year % 100:02d}")
        entries.add(f"{year}0101")

    return sorted(e for e in entries if len(e) >= 4 and e == e.lower() and "\n" not in e)


def render(entries):
    header = [
        "# Common passwords, generated by tools/gen_password_blocklist.py from patterns (no download).",
        "# Lower case, one per line; rw::PasswordBlocklist also undoes leetspeak and strips digits and",
        "# symbols from the ends of a candidate. Do not edit: change the generator and rerun it.",
        f"# {len(entries)} entries.",
    ]
    return "\n".join(header + entries) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    args = parser.parse_args()
    text = render(generate())
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date: run tools/gen_password_blocklist.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
