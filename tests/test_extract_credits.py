"""Bylines in the shapes real pages use (names invented)."""

from __future__ import annotations

import pytest

from graph.extract.credits import find_credits
from graph.normalise import normalise


def credits(text: str) -> list[tuple[str, str]]:
    return [(c.name, c.credit_as) for c in find_credits(normalise(text).text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(记者 赵敏 通讯员 孙平)3月5日", [("赵敏", "记者"), ("孙平", "通讯员")]),
        ("文/洪纲 图/邵秀清", [("洪纲", "文"), ("邵秀清", "图")]),
        # Shapes met on print and mirrored pages.
        ("正文。\n(刘心仪/文 某县委统战部/供图)\n", [("刘心仪", "文")]),
        ("正文。\n「编辑:伍江海 」\n", [("伍江海", "编辑")]),
        ("标题\n文 摄 本刊记者 耿国华\n正文。", [("耿国华", "记者")]),
        ("图为造粒塔。 王尔东 供图\n正文。", [("王尔东", "供图")]),
        ("(浙江在线记者 王建华 拍友 赵振东 摄影报道)", [("王建华", "记者"), ("赵振东", "拍友")]),
        ("潮新闻客户端 记者 潘小骏 阳光洒在水田的阡陌之间。", [("潘小骏", "记者")]),
        # Markers by the label readers give them; a bullet before 本报通讯员; an outlet after 文/.
        # 特约记者 (a contributing reporter) is a 记者 to readers, as 全媒体记者 is.
        ("(特约记者 彭小玲 谢琛)3月5日", [("彭小玲", "记者"), ("谢琛", "记者")]),
        (
            "标题\n■本报通讯员 阳精华 刘魁春 本报记者 李飞跃\n正文。",
            [("阳精华", "通讯员"), ("刘魁春", "通讯员"), ("李飞跃", "记者")],
        ),
        ("标题\n文/ 井冈山报全媒体记者 罗仁瑾\n正文。", [("罗仁瑾", "记者")]),
        ("标题\n□晚报记者 周心放\n正文。", [("周心放", "记者")]),
        # A dateline's 讯 glued to the marker, on a long line; the next marker goes on.
        (
            "标题\n湖南日报·新湖南客户端2月25日讯记者 唐璐 王文 通讯员 胡吉星)新春擂战鼓,"
            "实干开新局,某某经开区某某智能科技总部项目现场一片繁忙。\n正文。",
            [("唐璐", "记者"), ("王文", "记者"), ("胡吉星", "通讯员")],
        ),
        # 特派记者 (a special correspondent); a print edition's stamp after the names.
        (
            "标题\n2019/02/22 来源:某某新闻网  特派记者 黄聪巍 羊洋\n正文。",
            [("黄聪巍", "记者"), ("羊洋", "记者")],
        ),
        (
            "标题\n■中国城市报记者 康克佳 通讯员 陈晓文 蒋守洋 《 中国城市报 》( 2017年02月27日   第 29 版)\n正文。",
            [("康克佳", "记者"), ("陈晓文", "通讯员"), ("蒋守洋", "通讯员")],
        ),
        # A print page's line of four spaced names, one a pen name (欢 颜).
        (
            "大抓落实 提速争先\n干出实绩\n欢 颜 朱 敏 雷晓云 李俊新\n近日,全县生产总值增长8.5%。\n",
            [("欢颜", "文"), ("朱敏", "文"), ("雷晓云", "文"), ("李俊新", "文")],
        ),
        # A caption's photographer glued to 摄; markers typed with a space inside.
        ("标题\n产业园开工奠基。黄津摄\n正文。", [("黄津", "摄影")]),
        (
            "正文。\n\n记 者:朱世刚 杨 锋\n\n编 辑:张烙莹\n",
            [("朱世刚", "记者"), ("杨锋", "记者"), ("张烙莹", "编辑")],
        ),
        # Names between the time stamp and 来源 (but not 信息来源's 信息).
        (
            "标题\nfq.fjsen.com  2015-06-04 09:02:50  杨国才 夏巧鸿 来源:福清侨乡报  我来说两句\n正文。",
            [("杨国才", "作者"), ("夏巧鸿", "作者")],
        ),
        ("标题\n发布日期:2025-02-14 20:38 信息来源:高家镇 浏览次数:\n\n正文。", []),
        (
            "标题\n\n记者 孔小敏 通讯员 陆浩强 摄影记者 沈一飞\n\n正文。",
            [("孔小敏", "记者"), ("陆浩强", "通讯员"), ("沈一飞", "摄影记者")],
        ),
        # Names on the page's date and source line, with no marker.
        (
            "标题\n郑晨晨、葛锦华 2021年12月01日15:30 | 来源: 浙江日报\n\n正文开始了。",
            [("郑晨晨", "作者"), ("葛锦华", "作者")],
        ),
        (
            "标题\n2017年05月24日 11:21:19 来源: 掌上衢州 方利华 傅云华\n\n正文。",
            [("方利华", "作者"), ("傅云华", "作者")],
        ),
        (
            "浙江日报\n\n00020版:今日衢州\n\n标题\n\n叶 颖 张玲华 周毅华\n正文。",
            [("叶颖", "文"), ("张玲华", "文"), ("周毅华", "文")],
        ),
        # The page's metadata line: 作者 and 责任编辑 with colons, a page label after.
        (
            "2023-04-03 16:37:07 来源:衢江新闻网 作者:林一帆 方楠 责任编辑:明晓 字号:T|T",
            [("林一帆", "作者"), ("方楠", "作者"), ("明晓", "编辑")],
        ),
        # Labels glued to the text before and after them.
        ("2018-08-13 11:17来源:衢江发布作者:葛继平关键词:衢江", [("葛继平", "作者")]),
        # A long metadata line with a bare 记者 byline.
        (
            "2017年07月11日 09:36:18 来源: 衢州新闻网-衢州日报 记者 方利平 倪晗",
            [("方利平", "记者"), ("倪晗", "记者")],
        ),
        # Label on one line, names on the next.
        (
            "来源:\n衢州新闻网\n作者:\n记者 徐颖华\n编辑:\n黄鑫",
            [("徐颖华", "记者"), ("黄鑫", "编辑")],
        ),
        # Markers glued to the names inside brackets.
        (
            "本报讯(记者王继平报道组余静海通讯员杨华明)一边是江水",
            [("王继平", "记者"), ("余静海", "通讯员"), ("杨华明", "通讯员")],
        ),
        # Team bylines, with a rare surname (求) right after the team.
        (
            "本报龙游2月20日电 (共享联盟龙游站 求张锋 罗意 记者 梅玲玲) 龙游招商",
            [("求张锋", "通讯员"), ("罗意", "通讯员"), ("梅玲玲", "记者")],
        ),
        ("三衢客户端报道组 邵秀英", [("邵秀英", "通讯员")]),
        ("(三衢客户端报道组 王小明)正文", [("王小明", "通讯员")]),
        # Bylines with no marker: after a dateline, or a bracket on a line of its own.
        ("中新网 衢州10月30日电 (赵斌)22位村党支部书记奔赴开化", [("赵斌", "记者")]),
        ("国际在线山西频道报道(梁学明):大同市云州区党留庄乡", [("梁学明", "记者")]),
        ("据新华社报道(王毅明)外长表示。", []),  # a source cited, then prose
        ("今日房县网讯 记者戢太明报道:5至6日", [("戢太明", "记者")]),  # 戢, a rare surname
        (
            "参加上述活动。康昌明 雷伟明 李旭明/文\n",
            [("康昌明", "文"), ("雷伟明", "文"), ("李旭明", "文")],
        ),
        (
            "(记者 ▏姜明 王博明 图片 ▏张威明)",
            [("姜明", "记者"), ("王博明", "记者"), ("张威明", "图")],
        ),
        ("标题\n(李璇)\n正文很长的一句话,写了很多东西。", [("李璇", "文")]),
        # A line of names only: the page's last line, or beside its date line at the top.
        ("标题\n正文很长的一句话。\n郑辉军 方宇杰", [("郑辉军", "文"), ("方宇杰", "文")]),
        (
            "人民网\n村村抱团\n赵璐洁\n2021年09月30日13:36 | 来源:浙江新闻客户端\n正文",
            [("赵璐洁", "文")],
        ),
        # Spaces lost to ? on a mirrored page, and a garbled one-character fragment.
        (
            "  记者?姜??刘芸??通讯员?柳婧?吴佳妮\n正文",
            [("刘芸", "记者"), ("柳婧", "通讯员"), ("吴佳妮", "通讯员")],
        ),
        (
            "(记者 梅玲玲 共享联盟·龙游 楼郁馨 通讯员 朱兴晟) 今年",
            [("梅玲玲", "记者"), ("楼郁馨", "通讯员"), ("朱兴晟", "通讯员")],
        ),
        ("浙报融媒共享联盟衢江站 邵秀英\n正文", [("邵秀英", "通讯员")]),
        # The page's tag line, then the next line glued by the page: 分享到 ends the name.
        ("标签: 衢州;干部 责任编辑: 张路\n分享到:微信", [("张路", "编辑")]),
        ("| 图片摄影 王翀", [("王翀", "摄影")]),
        # A national outlet's dateline, then markers glued to their names.
        (
            "中国发展网讯 记者沈贞海 通讯员周垚浙江报道 4月23日上午,某地举行开工仪式。",
            [("沈贞海", "记者"), ("周垚", "通讯员")],
        ),
        (
            "作者:记者 周婷 初审编辑:孙浙栋 责任编辑:王朋",
            [("周婷", "记者"), ("孙浙栋", "初审编辑"), ("王朋", "编辑")],
        ),
        # The photographer: 摄 and 摄影 are both 摄影 (the label readers give it).
        ("现场。刘言勇 摄\n正文", [("刘言勇", "摄影")]),
        # Traditional characters.
        (
            "來源: 浙江日報 記者 趙璐潔 縣委報道組 錢李源",
            [("赵璐洁", "记者"), ("钱李源", "通讯员")],
        ),
        # The outlet's name glued before the marker, in brackets or on a line of its own.
        (
            "浙江在线10月18日讯(浙江在线记者金石 区委报道组 周洲)近日",
            [("金石", "记者"), ("周洲", "通讯员")],
        ),
        ("标题\n农民日报·中国农网记者 朱海平\n正文", [("朱海平", "记者")]),
        (
            "发展的画卷。 ■ 葛锦平 赵璐明 创新驱动筑根基 产业升级",
            [("葛锦平", "文"), ("赵璐明", "文")],
        ),
        ("标题\n龚子平/绘\n正文。", [("龚子平", "绘")]),
        ("标题\n  ■记者 吴怡平 通讯员 陈雯\n正文。", [("吴怡平", "记者"), ("陈雯", "通讯员")]),
        ("标题\n  □本报记者 杨怡平 \n正文。", [("杨怡平", "记者")]),
        (
            "标题\n浙江新闻客户端-浙江日报记者 赵峥平 江山报道组 郑积明\n正文。",
            [("赵峥平", "记者"), ("郑积明", "通讯员")],
        ),
        # A caption's photographer with a byline's marker: the marker's credit and the photo's.
        (
            "正文很长的一句话。九华立春祭。通讯员 卢颖 摄\n下一段。",
            [("卢颖", "通讯员"), ("卢颖", "摄影")],
        ),
        ("做政府工作报告。南海网记者 马寿明 摄\n", [("马寿明", "记者"), ("马寿明", "摄影")]),
        ("(见习记者 戚珊平 摄影 吴明) 正文", [("戚珊平", "见习记者"), ("吴明", "摄影")]),
        # Bylines with no marker are signatures, the writer's (文): after the last sentence, with or
        # without brackets, and a print page's spaced two-character names.
        ("正文。\n示范基地。 吴伟明 蓝武平", [("吴伟明", "文"), ("蓝武平", "文")]),
        ("正文。促进乡村振兴。(杨丹华)", [("杨丹华", "文")]),
        # …and before the page's closing lines of credits.
        (
            "正文。看到了发展的希望。(吴雅平)\n(责编:艾宇平、康梦平)",
            [("艾宇平", "编辑"), ("康梦平", "编辑"), ("吴雅平", "文")],
        ),
        (
            "浙江日报\n\n00017版:今日衢州\n\n标题\n\n柳 婧 江 玥\n\n  近日,正文。",
            [("柳婧", "文"), ("江玥", "文")],
        ),
        (
            "标题\n记者刘威实习生王晨帆通讯员徐华明\n正文。",
            [("刘威", "记者"), ("王晨帆", "实习生"), ("徐华明", "通讯员")],
        ),
        # A headline joined to the page's date line by normalise: the names after the outlet.
        (
            "您当前的位置 :某网 > 新闻 > 某地 正文\n总投资288亿元!某地215个重点项目今天集中开工\n"
            "2017年05月24日 11:21:19 来源: 掌上某地 方利华 傅云华\n\n  今天上午,正文。",
            [("方利华", "作者"), ("傅云华", "作者")],
        ),
        # Names listed with 、 on a line of their own above the date line.
        (
            "标题\n\n郑晨华、葛锦平、吴怡华\n2021年12月01日15:30 | 来源:浙江新闻客户端\n\n正文。",
            [("郑晨华", "文"), ("葛锦平", "文"), ("吴怡华", "文")],
        ),
        # A signed article: the author's post and name under the headline give a post, no
        # byline; a spaced name, read for no post, is the page's signature.
        ("某报\n\n标题\n\n  常山县委书记 王良华\n\n  正文很长。", []),
        ("第02版:综合\n\n标题\n\n某某镇党委书记 程 亮\n\n正文。", [("程亮", "文")]),
        # 本报讯 before a byline glued to its first name.
        (
            "    本报讯 记者陈绍华 徐芸报道:3月21日,某区2023年第一季度工业项目集中开(竣)工暨"
            "某某环保科技有限公司项目开工仪式举行。",
            [("陈绍华", "记者"), ("徐芸", "记者")],
        ),
        # A reporter stationed in a place.
        (
            "来源:杭州日报  作者:驻萧山记者 方亮华  编辑:汪浩",
            [("方亮华", "记者"), ("汪浩", "编辑")],
        ),
        # 编辑 among a bracket's credits, spaced from its name (no colon).
        (
            "某网5月7日讯(记者 陈珊华 编辑 童晓)5月7日,在某地。",
            [("陈珊华", "记者"), ("童晓", "编辑")],
        ),
        # A pen name the name rules cannot take does not end the byline.
        (
            "本报讯(记者 梦诗三悦 郑斌华 通讯员 李彩华)连日来,区委书记会见客人。",
            [("郑斌华", "记者"), ("李彩华", "通讯员")],
        ),
        # Two three-character names written together after a glued marker.
        (
            "某新闻网讯(记者王海华通讯员董新参王芷华) 12月2日上午",
            [("王海华", "记者"), ("董新参", "通讯员"), ("王芷华", "通讯员")],
        ),
        # A county's media centre as the marker, in brackets or on a line of its own: its
        # reporters.
        (
            "本报消息(记者 戴蔚华 兰溪融媒体中心 徐正华)日前,记者走进现场。",
            [("戴蔚华", "记者"), ("徐正华", "记者")],
        ),
        (
            "标题\n浦江县融媒体中心 黄翔华 盛于佳\n正文。",
            [("黄翔华", "记者"), ("盛于佳", "记者")],
        ),
        # …after 来源, and the next part's marker after its name.
        (
            "标题\n2022-01-26 09:00:00 来源:东阳市融媒体中心 胡媛 图片 胡扬辉\n正文。",
            [("胡媛", "记者"), ("胡扬辉", "图")],
        ),
        # Two parts of the work joined before one name: the first names the credit.
        (
            "标题\n正文。\n监制:翁璟\n策划:马江\n文字/剪辑:宋越\n编辑:骆思宇",
            [("翁璟", "监制"), ("马江", "策划"), ("宋越", "文"), ("骆思宇", "编辑")],
        ),
        (
            "标题\n区新闻信息中心 冯成林 张文术\n通讯员 杨秀娟\n正文。",
            [("冯成林", "记者"), ("张文术", "记者"), ("杨秀娟", "通讯员")],
        ),
        # Names with their markers after them, on a byline line that opens with a marker.
        ("记者 王永华/文 杨波华/摄\n正文。", [("王永华", "记者"), ("杨波华", "摄影")]),
        # Names signed before the marker after an outlet's dateline.
        (
            "中国经济导报、中国发展网讯 陈荣华、记者沈贞华浙江报道 8月9日,某市举行大会。",
            [("陈荣华", "文"), ("沈贞华", "记者")],
        ),
        # A signature after the last sentence, before the page's 原标题 line.
        (
            "正文。\n助推鹿城打造时尚智城。(朱建华)\n原标题:以奔跑姿态助力“中国鞋都",
            [("朱建华", "文")],
        ),
        # A caption's photographer glued to 摄影, after the caption or on a line alone.
        ("集中开工仪式现场。陈俊华摄影\n正文。", [("陈俊华", "摄影")]),
        ("标题\n  孫金標攝影\n正文。", [("孙金标", "摄影")]),
        # …or glued to 摄 in brackets after the caption (not a word: 航拍).
        ("某某公园10月将揭开面纱(张关林摄)\n正文。", [("张关林", "摄影")]),
        ("新建的大桥(航拍摄)\n正文。", []),
        # A print page's spaced two-character names after their markers.
        ("标题\n  ■记者 赵 晨 摄影 记者 王 蓉\n正文。", [("赵晨", "记者"), ("王蓉", "记者")]),
        # Names on the source line and again with markers: the marked credit alone.
        (
            "发布时间:2019-05-31 09:52:34 来源: 浙江在线 李世华 林泽华\n\n"
            "  浙江在线5月31日讯(浙江在线记者 李世华 通讯员 林泽华)5月31日,安吉举行签约。",
            [("李世华", "记者"), ("林泽华", "通讯员")],
        ),
        # 全媒体记者 is a 记者; 来源 (the source) ends the byline.
        ("本报讯(全媒体记者 储某宇)日前,某区举行签约。", [("储某宇", "记者")]),
        (
            "2022-01-17   作者:单某强 吴某梅   来源:某某日报\n正文。",
            [("单某强", "作者"), ("吴某梅", "作者")],
        ),
        ("作者:    来源:今日某邮\n正文。", []),
        ("正文。\n撰稿:汪某云", [("汪某云", "撰稿")]),
        (
            "正文。\n记者:陆某婷\n照片:方某园\n编辑:夏某",
            [("陆某婷", "记者"), ("方某园", "照片"), ("夏某", "编辑")],
        ),
        # In brackets, each name with its marker after it, spaced.
        (
            "本报讯(邱某 文 沈某梅 图)7月25日,某县项目推进会召开。",
            [("邱某", "文"), ("沈某梅", "图")],
        ),
        # Any outlet's 讯 opens a byline on a long line; a marker in brackets of its own.
        (
            "某某信息港讯 记者周某 3月26号,某某县重点项目集中开工仪式在县中医院整体搬迁项目"
            "施工地举行,总投资14.75亿元。",
            [("周某", "记者")],
        ),
        ("【全媒体记者】蒋某虎 余佩\n正文。", [("蒋某虎", "记者"), ("余佩", "记者")]),
        ("某县融媒记者 岳某 赵伟\n正文。", [("岳某", "记者"), ("赵伟", "记者")]),
        # A page's reviewers are named individuals: contributors (二审, 审核, 监制 …).
        (
            "正文。\n|网络编辑:刘某婷\n二审:蒋某 三审:谭某登",
            [("刘某婷", "编辑"), ("蒋某", "二审"), ("谭某登", "三审")],
        ),
        (
            "正文。\n审核:林某 阮珊妮\n监制:张瑞超",
            [("林某", "审核"), ("阮珊妮", "审核"), ("张瑞超", "监制")],
        ),
        # 通迅员, a common misspelling of 通讯员, is the marker, not a name.
        (
            "(记者 杨晓 见习记者 冯创新 通迅员 曹聪)3月22日",
            [("杨晓", "记者"), ("冯创新", "见习记者"), ("曹聪", "通讯员")],
        ),
        # Credits in brackets separated by ;, each marker with its names.
        (
            "正文。\n(记者:黎龙;通讯员:赵国栋 袁伟;编辑:段植兰)",
            [("黎龙", "记者"), ("赵国栋", "通讯员"), ("袁伟", "通讯员"), ("段植兰", "编辑")],
        ),
        # A three-character name spaced out (编审:罗 淮 蓉); each name with its own /marker.
        ("正文。\n(编审:罗 淮 蓉 )\n(签发:赵 钰 )", [("罗淮蓉", "编审"), ("赵钰", "签发")]),
        ("正文。\n(记者 赵 晨 王 蓉)", [("赵晨", "记者"), ("王蓉", "记者")]),  # two, not 赵晨王
        ("来源: 某某融媒 作者:韦斌/文 黎明/图 点击:11075", [("韦斌", "文"), ("黎明", "图")]),
        # An outlet's dateline in 【】, then the marker glued to it.
        ("【某某商报网讯】实习记者万某报道:23日,采访团来到某县。", [("万某", "记者")]),
        ("正文。\n王利博制图", [("王利博", "制图")]),  # a chart's maker on a line of its own
        # Names signed after the last sentence, above the page's source and time stamp.
        (
            "总投资8710万元。(王某 廖某娅)\n本文来源: 新华\n28.09.2015 19:43",
            [("王某", "文"), ("廖某娅", "文")],
        ),
        # 撰稿人 and 供稿 name who wrote the text; 琚 is a (rare) surname.
        ("正文。\n撰稿人:陈泽民、齐雪梅\n", [("陈泽民", "撰稿"), ("齐雪梅", "撰稿")]),
        ("正文。\n供稿:刘星辰\n", [("刘星辰", "供稿")]),
        # A staff line opening with 编辑 and a space; 文\图 typed with a backslash.
        ("正文。\n编辑 陈家明  二审 黄廉杰\n", [("陈家明", "编辑"), ("黄廉杰", "二审")]),
        ("正文。\n文\\图:何燕明\n", [("何燕明", "文")]),
        ("正文。\n(以上图片未经某市融媒体中心许可,不得转载)\n", []),
        # Names signed after the last sentence, above the page's copyright lines; two
        # spaces between them; a caption's photographer spaced before 摄.
        (
            "推动作用。(潘城明 黄广妃)\n本文由某某早知道编辑发布\n转载请注明出处\n",
            [("潘城明", "文"), ("黄广妃", "文")],
        ),
        ("角落。(石荣明)\n\n某某网所有自采新闻(含图片)\n", [("石荣明", "文")]),
        ("正文。\n全县查处侵权盗版案件12起。(王小明)\n", [("王小明", "文")]),  # no chrome
        ("总投资215.9亿元。(王祥明  彭龙龙)\n", [("王祥明", "文"), ("彭龙龙", "文")]),
        ("标题\n大会现场 张宝明 摄\n正文。", [("张宝明", "摄影")]),
        ("标题\n与会人员参观蒙城许疃镇凯利源现代农业示范园 张延明 摄\n", [("张延明", "摄影")]),
        ("标题\n中国白茶城 叶维荣摄\n正文。", [("叶维荣", "摄影")]),  # glued to 摄
        ("标题\n  文/区委报道组 胡小飞\n正文。", [("胡小飞", "文")]),  # the part, then the desk
        (
            "标题\n孙武斌/文 吴潮宏 徐帆/摄\n正文。",
            [("孙武斌", "文"), ("徐帆", "摄影"), ("吴潮宏", "摄影")],
        ),
        (
            "标题\n记者 黄珍珍 丁珊 整理 林云龙 王嘉楠 摄影\n正文。",
            [("黄珍珍", "记者"), ("丁珊", "记者"), ("林云龙", "摄影"), ("王嘉楠", "摄影")],
        ),
        ("标题\n宣传片 由龙拍摄\n正文。", []),  # 拍摄, no name
        ("交上一份满意的答卷。(禤绵明)\n", [("禤绵明", "文")]),  # 禤 is a (rare) surname
        ("总投资达103.6亿元。(文 王小明 胡晨姝)\n", [("王小明", "文"), ("胡晨姝", "文")]),
        ("项目集中开工 2025-03-06\n广东\n来源:某某新闻\n正文。", []),  # a province
        ("正文。 记者:琚晓梅 王文龙\n", [("琚晓梅", "记者"), ("王文龙", "记者")]),
        ("正文。\n审校 蒋国明\n", [("蒋国明", "编辑")]),
        ("正文。\n署名:王小明\n", [("王小明", "文")]),  # the marker 署名 is the writer's too
        # The outlet that carried the photo, then its photographer: (央广网发 曹燕妮 摄).
        ("倪卫春到会致辞(央广网发 蔡翀 摄)\n正文。", [("蔡翀", "摄影")]),
        # A page's time stamp, then its author, closing the line.
        ("标题\n2020-01-25 16:05:54王程程\n正文。", [("王程程", "作者")]),
        ("标题\n2020-01-25 16:05:54 头条新闻\n正文。", []),
        # A page's label after the name (信息来源) holds no name.
        ("标题\n作者: 李泽红 信息来源:桃源政府网\n正文一句话。", [("李泽红", "作者")]),
        ("标题\n作者:王海明 文章来源:衢州日报\n正文一句话。", [("王海明", "作者")]),
        # Names, then 报道 alone, closing the page: its reporters.
        ("标题\n正文一句话。\n任梦婷 徐子淳 报道\n", [("任梦婷", "记者"), ("徐子淳", "记者")]),
        ("标题\n正文一句话。\n大力 推进 报道\n", []),
    ],
)
def test_byline_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    assert credits(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "他告诉记者:我们一定做好这项工作。",
        "记者了解到,大会共签约项目27个,总投资184亿元。",
        "区文广旅局局长叶国祥对记者说,今年要办好十件实事。",
        "据区委报道组消息,项目进展顺利。",
        "王芳(区妇联主席)介绍,活动很成功。",
        "周水忠\n正文很长,写的是他这一年的工作。",  # a headline naming its subject
        "江山市融媒体中心记者李明在现场看到,工程进展顺利。",  # an outlet's reporter in prose
        "正文。双方共建产业飞地。\n(经发局)",  # a body signing the page
        "正文。\n编辑:文成网编辑责任编辑:文成网编辑",  # an outlet signing the page
        "他喜欢航拍摄影\n",  # a hobby, no name before 摄影
        "正文很长,写的是去年的投资。\n\n金华各\n",  # a last line cut off mid-sentence
        # a slogan's four spaced words, under the headline
        "长乐镇的新年\n发布时间:2021-01-29\n兴产业 优环境 惠民生 强党建\n长乐镇党委书记表示,要加快发展。\n",
        "他对记者、通讯员说,项目进展顺利。",  # markers in prose
        "游客纷纷拍照。景区内请勿拍摄\n",  # no name glued to 摄
        "正文。\n记者印象:\n他是一个务实的人。",  # a section's heading, not a name
    ],
)
def test_prose_is_not_a_byline(text: str) -> None:
    assert credits(text) == []


def test_a_marker_is_not_a_name_on_the_source_line() -> None:
    """来源:浙江在线 通讯员 求张锋: 通讯员 is the marker, not a person named 通讯员."""
    names = [n for n, _ in credits("发布时间:2019-08-30 07:07:43 来源:浙江在线 通讯员 求张锋")]
    assert "通讯员" not in names


def test_a_marker_glued_to_the_name_before_goes_on_with_the_byline() -> None:
    text = "某某网讯记者张玉荣实习记者王中一通讯员苏泳生麦强棠陈国飞杜鹃8月18日上午,某县举行活动。"
    assert credits(text)[:2] == [("张玉荣", "记者"), ("王中一", "记者")]


def test_names_after_two_glued_names_are_read() -> None:
    assert credits("某网讯(记者王海华通讯员董新参王芷华 李某华)12月2日上午") == [
        ("王海华", "记者"),
        ("董新参", "通讯员"),
        ("王芷华", "通讯员"),
        ("李某华", "通讯员"),
    ]


def test_a_marker_glued_to_a_name_is_not_two_names() -> None:
    """(记者陈金莲 通讯员严世君): 通讯员严世君 is six characters, but not two names."""
    assert credits("某网4月15日消息(记者陈金华 通讯员严世君)15日,在某项目现场。") == [
        ("陈金华", "记者"),
        ("严世君", "通讯员"),
    ]


def test_a_name_ending_in_wen_is_not_the_marker_wen() -> None:
    """(记者 俞国文 吴佳彬): the 文 ending a name marks nothing."""
    assert credits("本报讯(记者 俞国文 吴佳彬 徐露霞)近日,在某地。") == [
        ("俞国文", "记者"),
        ("吴佳彬", "记者"),
        ("徐露霞", "记者"),
    ]


def test_name_keeps_a_character_that_is_also_simplified() -> None:
    """乾 is a simplified character too (names): not converted to 干."""
    assert credits("作者:李钱乾 林楠") == [("李钱乾", "作者"), ("林楠", "作者")]


def test_a_name_with_no_marker_opening_a_datelines_marked_byline() -> None:
    assert sorted(credits("人民视点辽宁讯(齐奎波 通讯员 朱晓宏)走进冯家堡村。")) == [
        ("朱晓宏", "通讯员"),
        ("齐奎波", "记者"),
    ]
    assert ("李学坤", "记者") in credits("中经联播讯(李学坤 通讯员王学新)党的二十大精神。")
    # Not in a bracket of prose: (刘某 表示…) opens no byline.
    assert credits("据了解(刘某 通讯员 说)情况如下。") == []


def test_a_contributor_signed_with_their_body_after_the_last_sentence() -> None:
    text = "让美丽乡村成为美丽乐园。(正定县政协 胡华锋)\n编辑:薛鑫\n关键词:正定县政协 美丽乡村\n"
    assert ("胡华锋", "文") in credits(text)
    assert ("薛鑫", "编辑") in credits(text)
    # A word that is no body or place before the name signs nothing.
    assert credits("让美丽乡村成为美丽乐园。(十分感谢大家的 胡华锋)") == []


def test_four_names_signed_after_the_last_sentence() -> None:
    text = "周燕等参加各界别分组讨论。(王子文 王谊通 马云驰 吉薇)\n(责任编辑:李欣欣)\n"
    assert credits(text) == [
        ("李欣欣", "编辑"),
        ("王子文", "文"),
        ("王谊通", "文"),
        ("马云驰", "文"),
        ("吉薇", "文"),
    ]


def test_a_slash_before_a_marker_opens_the_next_names_credit() -> None:
    """(文 连梅冠/图 郑杰鹏): 郑杰鹏 took the photos; he did not write."""
    assert credits("对地方经济带动意义重大。(文 连梅冠/图 郑杰鹏)") == [
        ("连梅冠", "文"),
        ("郑杰鹏", "图"),
    ]


def test_names_in_brackets_sharing_their_markers() -> None:
    assert sorted(credits("云网讯(张群艺 林智雄 文/图)昨天,县委书记带队到福州考察。")) == [
        ("张群艺", "图"),
        ("张群艺", "文"),
        ("林智雄", "图"),
        ("林智雄", "文"),
    ]
    assert credits("新华社发(潘杰 摄)") == [("潘杰", "摄影")]


def test_a_desks_members_are_its_correspondents() -> None:
    assert credits("区委报道组 俞锐 通讯员 江孝明") == [("俞锐", "通讯员"), ("江孝明", "通讯员")]


def test_a_role_marker_goes_on_past_a_name_with_its_own_part() -> None:
    """记者 张三/文 李四: 李四 is a reporter too (only a part marker opens the next credit)."""
    assert credits("正文。\n记者 张三/文 李四\n正文继续。") == [("张三", "记者"), ("李四", "记者")]


def test_four_words_after_the_last_sentence_sign_only_when_all_are_names() -> None:
    assert credits("也是如此。上一篇 下一篇 打印 关闭") == []


def test_a_word_glued_to_the_last_sentence_signs_only_when_plainly_a_name() -> None:
    """A page cut off mid-sentence stops on a fragment (…的资产。”原本在, …才能连入厂区。由于双)."""
    assert credits("这是无形的资产。”原本在\n") == []
    assert credits("才能连入厂区。由于双\n\n原文:http://www.zj123.com/x.htm\n") == []
    assert credits("这是无形的资产。”吴雅璐\n") == [("吴雅璐", "文")]
    assert credits("这是无形的资产。”(原本在)\n") == [("原本在", "文")]  # a bracket signs


def test_a_reporter_who_signs_the_photos_too() -> None:
    assert credits("正文。\n本报记者 李及肃 摄影报道\n") == [("李及肃", "记者"), ("李及肃", "摄影")]


def test_names_in_brackets_before_the_outlets_xun() -> None:
    text = "嫩江县招商引资网(孙登发 杨晓艳)讯:日前,嫩江县召开推进会议。"
    assert credits(text) == [("孙登发", "记者"), ("杨晓艳", "记者")]


def test_a_name_opening_a_bracketed_byline_on_its_own_line() -> None:
    text = "( 李洪桥 通讯员 王培林 )2月25日上午,大屯镇召开会议。"
    assert sorted(credits(text)) == [("李洪桥", "记者"), ("王培林", "通讯员")]


def test_two_two_character_names_written_together() -> None:
    text = "本报讯 (记者 卢先庆 罗彬 肖乔曾露) 新年开新局。"
    assert credits(text) == [
        ("卢先庆", "记者"),
        ("罗彬", "记者"),
        ("肖乔", "记者"),
        ("曾露", "记者"),
    ]


def test_a_name_that_is_also_a_word_among_a_bylines_names() -> None:
    text = "文成新闻网讯(记者 夏季 魏为强 朱伟)8月28日上午。"
    assert credits(text) == [("夏季", "记者"), ("魏为强", "记者"), ("朱伟", "记者")]


def test_a_bare_name_shares_the_marker_of_the_name_after_it() -> None:
    text = "文成新闻网讯 (记者 刘超荣/文 潘聪聪 郑国统/摄) 3月2日上午,文成县举行会议。"
    assert credits(text) == [("刘超荣", "记者"), ("潘聪聪", "摄影"), ("郑国统", "摄影")]


def test_a_post_signing_a_report_gives_no_byline() -> None:
    assert credits("正文结束。\n代县长 谢剑锋\n") == []


def test_a_photographer_glued_to_she_after_a_slash_ends_a_caption() -> None:
    text = "夏宝龙说:“这么好的水,我也想下去游泳了!”/汪绍忠摄\n7月16日,省委书记夏宝龙考察了开化县。"
    assert credits(text) == [("汪绍忠", "摄影")]


def test_names_closing_a_page_above_its_address() -> None:
    body = "".join(f"代表们视察了第{n}个路段。\n" for n in "一二三四五六七八")
    address = "原文:http://jrqj.zjol.com.cn/html/2019-06/28/content_220873.htm\n"
    text = "区人大视察工作\n" + body + "郑辉军 方宇杰\n" + address
    assert credits(text) == [("郑辉军", "文"), ("方宇杰", "文")]


def test_another_outlets_reporter_next_on_the_byline() -> None:
    text = "标题\n本报记者 施力维 宁夏日报研修记者 姜璐\n正文开始了。"
    assert credits(text) == [("施力维", "记者"), ("姜璐", "记者")]


def test_spaced_names_under_a_print_pages_labels_and_repeated_headline() -> None:
    text = (
        "山水衢州\n发布时间：2017-09-28\n浙江日报 数字报纸\n00012版:专版\n山水衢州\n"
        "  山水衢州\n  张 照 吴 鹏\n  衢州是一座山水城市。\n"
    )
    assert credits(text) == [("张照", "文"), ("吴鹏", "文")]


def test_a_pages_section_label_above_the_text_signs_nothing() -> None:
    text = "玉山县推介会在宁波举行\n时事   2024-12-02 22:14   江西\n\n12月1日,推介会在宁波举行。"
    assert credits(text) == []


def test_an_outlet_glued_to_the_marker_after_an_author_label() -> None:
    assert credits("作者: 商报记者 张云飞") == [("张云飞", "记者")]
    line = "发布时间: 2017-11-13 09:46:59 来源: 中国义乌网·义乌商报 作者: 商报记者 张云飞"
    assert credits(line) == [("张云飞", "记者")]
    assert credits("作者:越牛新闻记者 裘一倩 通讯员 金乐青") == [
        ("裘一倩", "记者"),
        ("金乐青", "通讯员"),
    ]


def test_names_each_followed_by_the_marker_of_its_part() -> None:
    # 全媒体记者 章哲农 文 沈潇 摄 潘鑫 视频: the first name has the opening marker; each
    # after it, the marker that follows it.
    text = "标题\n2022-08-16 22:38  全媒体记者 章哲农 文 沈潇 摄 潘鑫 视频 编辑:张三\n正文。"
    assert ("沈潇", "摄影") in credits(text)
    assert ("潘鑫", "视频") in credits(text)
    assert ("章哲农", "记者") in credits(text)
    # 文/洪纲 图/邵秀清: a slash's marker opens the next credit as before.
    assert credits("文/洪纲 图/邵秀清\n") == [("洪纲", "文"), ("邵秀清", "图")]


def test_an_authors_profile_heading_is_no_byline() -> None:
    from graph.extract.names import plausible_name

    assert not plausible_name("简介", "简")  # 作者简介: the author's profile, a heading


def test_names_signed_above_a_bare_line_or_the_headline_again() -> None:
    # Under the last paragraph, a line of no words (|) or the headline repeated, cut or
    # whole, is the page's, not the article's: the names signed above it are read.
    text = "新宅镇将立足实际\n正文第一段。 (朱晓洁)\n|\n"
    assert credits(text) == [("朱晓洁", "文")]
    text = "社长郑少忠在婺源考察调研\n正文第一段。(江淦泉 戴桂祥)\n\n社长郑少忠在婺源考察\n"
    assert credits(text) == [("江淦泉", "文"), ("戴桂祥", "文")]
    # …but a line of prose there is the article's last.
    assert credits("标题一二三四五六七八\n正文第一段。(江淦泉)\n\n另一段继续说明情况\n") == []
