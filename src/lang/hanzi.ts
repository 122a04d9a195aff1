/**
 * Characters that exist in only one of the two Chinese scripts, as
 * simplified→traditional pairs. franc says "Chinese" for both scripts; counting
 * these tells Hans from Hant. The same table folds Traditional text to
 * Simplified, one UTF-16 unit for one, so lexicons are written once and offsets
 * stay valid.
 *
 * Only pairs where each side is unambiguous in running text are listed
 * (干/乾, 台/臺, 里/裡, 于/於, 面/麵 and similar are left out on purpose).
 */
const PAIRS = `
这這 们們 国國 为為 说說 时時 会會 发發 对對 经經 来來 个個 过過 种種 现現 当當 没沒 动動
还還 进進 从從 实實 军軍 无無 长長 机機 关關 点點 业業 两兩 问問 应應 战戰 头頭 体體 见見 产產
么麼 学學 样樣 开開 将將 与與 东東 听聽 话話 电電 数數 结結 变變 总總 报報 该該 员員 间間
并並 题題 场場 计計 记記 边邊 觉覺 团團 导導 车車 转轉 书書 传傳 师師 亲親 则則 带帶 观觀 议議
区區 级級 许許 认認 确確 读讀 谁誰 资資 运運 历歷 万萬 亿億 钱錢 币幣 际際 达達 华華 难難 广廣
义義 门門 众眾 节節 网網 务務 号號 飞飛 马馬 鸟鳥 鱼魚 龙龍 乐樂 买買 卖賣 词詞 语語 谈談 请請
让讓 识識 证證 评評 论論 设設 试試 调調 课課 谢謝 讲講 详詳 访訪 诉訴 诚誠 类類 须須 预預 领領
颜顏 风風 质質 贵貴 费費 购購 贸貿 货貨 贷貸 财財 责責 账賬 贴貼 赛賽 赢贏 输輸 钟鐘 铁鐵 银銀
错錯 锁鎖 闻聞 阳陽 陈陳 险險 随隨 队隊 农農 写寫 兴興 决決 况況 净淨 凤鳳 击擊 创創 刘劉 剧劇
办辦 劳勞 势勢 协協 单單 卫衛 厂廠 压壓 县縣 参參 双雙 叶葉 叹嘆 吗嗎 启啟 响響 园園 围圍 图圖
坏壞 块塊 坚堅 声聲 处處 备備 夺奪 奋奮 妇婦 妈媽 孙孫 宁寧 宝寶 寻尋 层層 岁歲 岛島 帅帥 帮幫
庆慶 库庫 废廢 异異 张張 弹彈 强強 归歸 录錄 彻徹 忆憶 态態 怀懷 恶惡 悬懸 惊驚 惯慣 愿願 戏戲
户戶 扩擴 扫掃 护護 担擔 拥擁 择擇 挥揮 损損 换換 据據 携攜 摄攝 敌敵 断斷 旧舊 显顯 晋晉 暂暫
术術 杀殺 杂雜 权權 条條 杨楊 极極 构構 枪槍 柜櫃 标標 树樹 桥橋 检檢 楼樓 欢歡 欧歐 残殘 毕畢
气氣 汇匯 汉漢 汤湯 沟溝 沪滬 泽澤 洁潔 浅淺 测測 济濟 浓濃 涨漲 渐漸 温溫 湾灣 满滿 灭滅 灯燈
灵靈 炉爐 热熱 爱愛 爷爺 牵牽 犹猶 独獨 狱獄 猎獵 环環 玛瑪 画畫 畅暢 疗療 盖蓋 盘盤 监監 盗盜
矿礦 码碼 础礎 礼禮 祸禍 离離 积積 称稱 税稅 稳穩 穷窮 窃竊 竞競 笔筆 笼籠 签簽 简簡 粮糧 紧緊
纪紀 约約 红紅 纯純 纳納 纸紙 线線 练練 组組 细細 织織 终終 绍紹 绕繞 绘繪 给給 络絡 绝絕 统統
继繼 绩績 续續 维維 综綜 绿綠 缓緩 编編 缘緣 缩縮 罗羅 罚罰 职職 联聯 聪聰 肃肅 胜勝 脑腦 脚腳
脸臉 舰艦 艺藝 苏蘇 荣榮 药藥 获獲 营營 虑慮 虽雖 补補 装裝 规規 视視 览覽 誉譽 订訂 讨討
训訓 讯訊 诊診 译譯 诗詩 询詢 误誤 诸諸 谋謀 谓謂 贝貝 负負 贡貢 败敗 贩販 贫貧 贯貫 贱賤 贺賀
赏賞 赔賠 赖賴 赚賺 赞贊 赵趙 赶趕 趋趨 跃躍 践踐 轨軌 轮輪 软軟 轻輕 载載 较較 辅輔 辆輛 辑輯
辩辯 迁遷 远遠 违違 连連 迟遲 选選 递遞 遗遺 邮郵 邻鄰 郑鄭 释釋 针針 钢鋼 钻鑽 铜銅 铺鋪 链鏈
销銷 锋鋒 锦錦 镇鎮 闭閉 闲閒 闹鬧 阅閱 阶階 陆陸 陕陝 隐隱 雾霧 静靜 韩韓 页頁 顶頂 项項 顺順
顾顧 顿頓 频頻 额額 饭飯 饮飲 馆館 驱驅 验驗 骗騙 鲁魯 鸡雞 黄黃 齐齊 龟龜 亚亞 仅僅 仓倉 仪儀
价價 优優 伟偉 伤傷 伦倫 侠俠 侦偵 侧側 俭儉 债債 倾傾 储儲 儿兒 党黨 兰蘭 养養 兽獸 册冊
冲衝 冻凍 凯凱 凭憑 刚剛 删刪 别別 剑劍 剂劑 劝勸 勋勳 卢盧 卧臥 却卻 厅廳 厉厲 叙敘 吓嚇
吕呂 呜嗚 咏詠 哑啞 唤喚 啸嘯 喷噴 圣聖 坛壇 坝壩 垄壟 垒壘 垫墊 执執 扬揚 扰擾 抚撫 抢搶 拟擬
拦攔 拨撥 挂掛 挡擋 挤擠 挣掙 捡撿 捞撈 揽攬 摆擺 摇搖 敛斂 斋齋 旷曠 昼晝 晒曬 晓曉 晕暈 杰傑
枣棗 栋棟 栏欄 档檔 梦夢 毁毀 沥瀝 沦淪 泪淚 泼潑 泻瀉 洒灑 浇澆 浊濁 浏瀏 涛濤 涡渦 涩澀 渊淵
渔漁 渗滲 湿濕 溃潰 滚滾 滞滯 滤濾 滥濫 滨濱 潜潛 濒瀕 灾災 炼煉 烂爛 烛燭 烟煙 烦煩 烧燒 烫燙
焕煥 状狀 狭狹 狮獅 猪豬 猫貓 献獻 琐瑣 畴疇 疯瘋 痒癢 瘫癱 皱皺 盏盞 盐鹽 睁睜 矫矯 砖磚 硕碩
碍礙 禅禪 秃禿 窍竅 窜竄 窝窩 竖豎 笃篤 筑築 筛篩 筹籌 粪糞 纠糾 纤纖 纬緯 纱紗 纲綱 纵縱 纷紛
纹紋 纺紡 绅紳 绑綁 绒絨 绞絞 绣繡 绪緒 绳繩 绵綿 绸綢 缆纜 缔締 缝縫 缠纏 缴繳 罢罷 羁羈 翘翹
耸聳 耻恥 聂聶 肠腸 肤膚 肾腎 肿腫 胁脅 胆膽 胶膠 脉脈 脏髒 腾騰 舆輿 舱艙 艰艱 芦蘆 苇葦 苍蒼
茎莖 荐薦 荡蕩 莲蓮 萤螢 蓝藍 虏虜 虫蟲 虾蝦 蚀蝕 蚁蟻 蛮蠻 蝇蠅 衔銜 袜襪 袭襲 裤褲 触觸 谣謠
谦謙 谨謹 谱譜 贞貞 贤賢 贿賄 赁賃 赂賂 赃贓 赠贈 踪蹤 躯軀 轰轟 轿轎 辈輩 辉輝 辖轄 辞辭 迈邁
迹跡 逊遜 遥遙 邓鄧 酝醞 酱醬 酿釀 钓釣 钞鈔 钥鑰 钦欽 钩鉤 钮鈕 钳鉗 铃鈴 铅鉛 铸鑄 锅鍋 锈鏽
锐銳 锡錫 锤錘 锻鍛 镀鍍 镜鏡 闪閃 闯闖 闸閘 阀閥 阁閣 阐闡 阔闊 陇隴 陨隕 隶隸 雏雛 韧韌 韵韻
顷頃 颁頒 颂頌 颇頗 颈頸 颖穎 颗顆 颠顛 颤顫 飘飄 饰飾 饱飽 饲飼 饼餅 馈饋 驰馳 驳駁 驴驢 驶駛
驻駐 驾駕 骂罵 骄驕 骑騎 骚騷 骤驟 鲜鮮 鲸鯨 鸣鳴 鸭鴨 鸽鴿 鹅鵝 鹰鷹 麦麥 齿齒 龄齡 亏虧 闭閉
欢歡 奖獎 筹籌 额額 亩畝 亲親 仑侖 伞傘 体體 侣侶 俩倆 债債 兑兌 凑湊 励勵 劲勁 厕廁 厘釐 县縣
叠疊 吨噸 听聽 呐吶 员員 咙嚨 哗嘩 哟喲 啧嘖 喽嘍 嘱囑 团團 坠墜 垦墾 埘塒 堕墮 奂奐 奥奧 妆妝
娱娛 娄婁 婴嬰 宪憲 宫宮 宾賓 对對 寿壽 尔爾 尽盡 岗崗 峡峽 币幣 帐帳 带帶 帧幀 幂冪 库庫 庐廬
应應 开開 弃棄 彦彥 忏懺 怜憐 恋戀 恳懇 恼惱 悦悅 惩懲 惫憊 戋戔 戗戧 户戶 扑撲 执執 扩擴
抛拋 抟摶 护護 报報 拢攏 拣揀 挚摯 挛攣 挝撾 挞撻 捣搗 据據 掳擄 掴摑 揿撳 搀攙 搁擱 搂摟 搅攪
携攜 摄攝 撑撐 敌敵 斩斬 无無 时時 旸暘 昙曇 晖暉 暂暫 术術 机機 杀殺 杂雜 权權 极極 构構
枞樅 枢樞 枣棗 柠檸 栅柵 栈棧 桠椏 梼檮 检檢 椭橢 楼樓 榄欖 榉櫸 槟檳 橥櫫 殁歿 殇殤 殓殮 殡殯
毂轂 毙斃 毡氈 氢氫 汹洶 沣灃 沤漚 泞濘 泸瀘 洼窪 浃浹 浆漿 涣渙 涤滌 润潤 涧澗 涨漲 渍漬
渎瀆 渐漸 渑澠 溅濺 滟灧 滦灤 漓灕 潆瀠 潇瀟 潋瀲 澜瀾 灏灝 炀煬 炜煒 炝熗 点點 烁爍 烃烴 烨燁
热熱 焖燜 爱愛 牍牘 牺犧 犊犢 状狀 犹猶 狈狽 狞獰 猃獫 猕獼 玑璣 玮瑋 环環 现現 珐琺 琼瓊 瑶瑤
璎瓔 瓒瓚 瓯甌 电電 畲畬 畴疇 疖癤 疟瘧 疡瘍 痈癰 痨癆 痫癇 瘅癉 瘆瘮 瘗瘞 瘘瘺 瘪癟 瘾癮 瘿癭
癞癩 癣癬 皑皚 盏盞 盘盤 睐睞 瞒瞞 矶磯 矾礬 砀碭 砗硨 砺礪 砻礱 硖硤 硗磽 硙磑 确確 碛磧 禄祿
祯禎 稣穌 穑穡 窥窺 窦竇 窭窶 竞競 笋筍 笺箋 筚篳 筝箏 筼篔 箦簀 篑簣 篮籃 篱籬 簖籪 籁籟 粜糶
纣紂 纥紇 纨紈 纩纊 纫紉 纭紜 纰紕 纴紝 纶綸 纽紐 绀紺 绁紲 绂紱 绌絀 绐紿 绔絝 绗絎 绚絢 绛絳
绠綆 绡綃 绥綏 绦縧 绨綈 绫綾 绮綺 绯緋 绰綽 绱緔 绲緄 绶綬 绷繃 绹綯 绺綹 绻綣 绽綻 绾綰 缀綴
缁緇 缂緙 缃緗 缄緘 缅緬 缆纜 缇緹 缈緲 缉緝 缊縕 缋繢 缌緦 缍綞 缎緞 缑緱 缒縋 缗緡 缙縉 缚縛
`;

/** simplified → traditional */
const S2T = new Map<string, string>();
/** traditional → simplified */
const T2S = new Map<string, string>();
for (const pair of PAIRS.split(/\s+/u)) {
  const [s, t] = [...pair];
  if (!s || !t || s === t || T2S.has(s) || S2T.has(t)) continue;
  if (!S2T.has(s)) S2T.set(s, t);
  if (!T2S.has(t)) T2S.set(t, s);
}

/** Per UTF-16 unit: 1 simplified-only, 2 traditional-only; and the simplified form of each traditional unit. */
let kind: Uint8Array | null = null;
let fold: Uint16Array | null = null;
function tables(): { kind: Uint8Array; fold: Uint16Array } {
  if (!kind || !fold) {
    kind = new Uint8Array(0x10000);
    fold = new Uint16Array(0x10000);
    for (const s of S2T.keys()) if (s.length === 1) kind[s.charCodeAt(0)] = 1;
    for (const [t, s] of T2S) {
      if (t.length !== 1 || s.length !== 1) continue;
      if (!kind[t.charCodeAt(0)]) kind[t.charCodeAt(0)] = 2;
      fold[t.charCodeAt(0)] = s.charCodeAt(0);
    }
  }
  return { kind, fold };
}

/** Counts script-specific characters in a text. */
export function countHanScripts(text: string): { hans: number; hant: number } {
  const k = tables().kind;
  let hans = 0;
  let hant = 0;
  for (let i = 0; i < text.length; i++) {
    const c = k[text.charCodeAt(i)];
    if (c === 1) hans++;
    else if (c === 2) hant++;
  }
  return { hans, hant };
}

/**
 * Folds Traditional characters to Simplified, one UTF-16 unit for one, so a
 * lexicon written in Simplified matches both scripts at the same offsets.
 */
export function toSimplified(text: string): string {
  const f = fold ?? tables().fold;
  const first = firstFolded(text, f);
  if (first < 0) return text;
  const units = new Uint16Array(text.length);
  for (let i = 0; i < first; i++) units[i] = text.charCodeAt(i);
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    units[i] = f[c] || c;
  }
  return fromUnits(units);
}

/** The index of the first unit the table folds, or -1. */
function firstFolded(text: string, f: Uint16Array): number {
  for (let i = 0; i < text.length; i++) if (f[text.charCodeAt(i)]) return i;
  return -1;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** UTF-16 units → string, natively; lone surrogates are kept as they are. */
function fromUnits(units: Uint16Array): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}
