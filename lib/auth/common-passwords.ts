/**
 * Passwords people pick first, lower-cased: the global top lists and the Chinese favourites (dates of
 * love — 520 / 1314 "我爱你一生一世" —, pinyin phrases, keyboard walks, lucky eights). The policy also
 * rejects these with digits or symbols stuck before or after them, and repeated, so short entries still
 * matter even though the minimum length is 12. Kept as a plain list so anyone can extend it.
 */
export const COMMON_PASSWORDS: readonly string[] = [
  // global top lists
  "123456", "password", "12345678", "qwerty", "123456789", "12345", "1234", "111111", "1234567", "dragon",
  "123123", "baseball", "abc123", "football", "monkey", "letmein", "696969", "shadow", "master", "666666",
  "qwertyuiop", "123321", "mustang", "1234567890", "michael", "654321", "superman", "1qaz2wsx", "7777777", "121212",
  "000000", "qazwsx", "123qwe", "killer", "trustno1", "jordan", "jennifer", "zxcvbnm", "asdfgh", "hunter",
  "buster", "soccer", "harley", "batman", "andrew", "tigger", "sunshine", "iloveyou", "2000", "charlie",
  "robert", "thomas", "hockey", "ranger", "daniel", "starwars", "klaster", "112233", "george", "computer",
  "michelle", "jessica", "pepper", "1111", "zxcvbn", "555555", "11111111", "131313", "freedom", "777777",
  "pass", "maggie", "159753", "aaaaaa", "ginger", "princess", "joshua", "cheese", "amanda", "summer",
  "love", "ashley", "nicole", "chelsea", "biteme", "matthew", "access", "yankees", "987654321", "dallas",
  "austin", "thunder", "taylor", "matrix", "minecraft", "welcome", "welcome1", "password1", "password123", "passw0rd",
  "p@ssw0rd", "p@ssword", "admin", "admin123", "administrator", "root", "toor", "changeme", "default", "guest",
  "qwerty123", "qwertyuiop123", "qwe123", "qweasd", "qweasdzxc", "asdfghjkl", "asdf1234", "zaq12wsx", "1q2w3e4r", "1q2w3e4r5t",
  "1q2w3e", "q1w2e3r4", "q1w2e3r4t5", "a1b2c3d4", "abcd1234", "abcdef", "abcdefg", "abcdefgh", "abc12345", "abcabc",
  "letmein123", "iloveyou1", "iloveyou123", "sunshine1", "princess1", "football1", "monkey123", "dragon123", "secret", "secret123",
  "login", "hello", "hello123", "helloworld", "whatever", "starwars1", "trustno1!", "qazwsxedc", "1qazxsw2", "!qaz2wsx",
  "1qaz@wsx", "zxcv1234", "test", "test123", "test1234", "testtest", "temp", "temp123", "user", "user123",
  "demo", "demo123", "system", "server", "oracle", "mysql", "postgres", "database", "letmein1", "super123",
  "987654", "9876543210", "0987654321", "123654", "147258", "147852", "159357", "135790", "246810", "123abc",
  "112233445566", "123123123", "123456123456", "12341234", "11223344", "1234512345", "qwer1234", "1234qwer", "asd123", "zxc123",
  // Chinese favourites: love numbers, pinyin, lucky numbers, keyboard walks
  "woaini", "woaini1314", "woaini520", "woaini521", "woaini123", "woaini1314520", "woaini5201314", "iloveyou1314", "5201314", "1314520",
  "5211314", "521521", "520520", "1314521", "13145201314520", "7758521", "7758258", "5201314520", "520131400", "woaiwojia",
  "woaiwoziji", "woshishui", "wodemima", "mima", "mima123", "mima123456", "nihao", "nihao123", "nihao123456", "zhongguo",
  "zhongguo123", "beijing", "beijing2008", "shanghai", "tianjin", "shenzhen", "guangzhou", "chengdu", "wuhan", "hangzhou",
  "xiamen", "nanjing", "chongqing", "aini1314", "ainiyiwannian", "yiwannian", "shengri", "baobao", "baobei", "baobei520",
  "laopo", "laopo520", "laogong", "laogong520", "xiaobao", "xiaoming", "xiaohong", "wangwei", "zhangwei", "liwei",
  "wangfang", "zhanglei", "liuyang", "yangyang", "fangfang", "tingting", "lili", "huanhuan", "feifei", "jiajia",
  "zhang123", "wang123", "li123456", "liu123456", "chen123456", "qq123456", "qq123456789", "qq5201314", "qqqqqq", "qqqqqqqq",
  "a123456", "a12345678", "a123456789", "a1234567890", "aa123456", "aa12345678", "aaa123456", "aaaaaaaa", "a11111", "a111111",
  "abc123456", "abc123456789", "abcd123456", "asd123456", "zxc123456", "qwe123456", "qwe123456789", "woaini1314a", "123456a", "123456aa",
  "123456abc", "123456789a", "123456qq", "123456qwe", "12345678a", "1234567890a", "88888888", "888888", "8888888888", "168168",
  "518518", "516888", "1688888", "66666666", "666888", "99999999", "999999", "11111111111", "00000000", "0000000000",
  "147258369", "123456789123", "159357123", "123654789", "147896325", "741852963", "963852741", "789456123", "456789", "321321",
  "12344321", "1234554321", "123454321", "5841314520", "584131420", "201314", "20131414", "20201314", "1314", "520",
  "tiantian", "haoxiangni", "xiangni", "wuxiangni", "kaixin", "kuaile", "kuaile123", "xingfu", "pingan", "fadacai",
  "facai888", "gongxifacai", "dengji", "jiayou", "jiayou123", "zhimakaimen", "sunwukong", "xiaolongnu", "yangguo", "doraemon",
  "kaifaqu", "jingkaiqu", "gaoxinqu", "zhaoshang", "zhaoshang123", "guanliyuan", "bianji", "houtai", "admin888", "admin666",
  "admin1234", "admin12345", "admin123456", "administrator1", "root123", "root123456", "zp123456", "abc@123", "admin@123", "p@ssw0rd123",
  "qaz123", "qaz123456", "wsx123", "1qaz2wsx3edc", "1qaz2wsx3edc4rfv", "qazwsx123", "qazwsxedc123", "zaq1xsw2", "zaq1@wsx", "!qaz@wsx",
];
