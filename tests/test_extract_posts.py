"""Persons and posts: every shape of GENRE.md §1, one small sentence each."""

import pytest

from graph.extract.posts import find_persons
from graph.model import LOW_CONFIDENCE


def posts(sentence: str) -> dict[str, list[tuple[str, str | None]]]:
    found = find_persons(sentence, frozenset())
    return {
        p.name.name: [(x.role, x.org.surface if x.org else None) for x in p.posts] for p in found
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("区发改局局长林晓峰表示,今年要加快推进。", {"林晓峰": [("局长", "区发改局")]}),
        (
            "区人大代表、湖南镇镇长周明远说:“我们将努力。”",
            {"周明远": [("人大代表", "区人大"), ("镇长", "湖南镇")]},
        ),
        (
            "区委副书记、区长陈立群指出,要抓好落实。",
            {"陈立群": [("副书记", "区委"), ("区长", "区政府")]},
        ),
        (
            "市委常委、区委书记吴海东出席会议并讲话。",
            {"吴海东": [("常委", "市委"), ("书记", "区委")]},
        ),
        ("杜泽镇党委书记徐佳介绍。", {"徐佳": [("党委书记", "杜泽镇党委")]}),
        # 我市委, 我区区委: the article's own city or district.
        ("我市委书记汪卫出席。", {"汪卫": [("书记", "市委")]}),
        ("我区区委书记张华出席。", {"张华": [("书记", "区委")]}),
        # 东海县长: the county's name and the title share 县; a division of China ends
        # the words before the title; 而 ("while") and 信访 ("letters and visits") are no cut.
        ("东海县长高美达介绍。", {"高美达": [("县长", "东海县政府")]}),
        ("其中最年轻当属于靖江市市长叶冬明。", {"叶冬明": [("市长", "靖江市政府")]}),
        ("而区委副书记王益明致辞。", {"王益明": [("副书记", "区委")]}),
        ("市信访办原主任王剑明一行调研。", {"王剑明": [("原主任", "市信访办")]}),
        # The term of a standing body is no part of its name; 常务委员 is one title.
        ("依法选举章维明为市十七届人大常委会主任。", {"章维明": [("主任", "市人大常委会")]}),
        (
            "王琳当选为政协第十四届温岭市委员会常务委员。",
            {"王琳": [("常务委员", "政协温岭市委员会")]},
        ),
        # 由 or 了 right before a title leaves the title's own body.
        ("活动由副县长胡俊明主持。", {"胡俊明": [("副县长", "县政府")]}),
        ("会议审议讨论了市长张建明所做的报告。", {"张建明": [("市长", "市政府")]}),
        # The level written twice after a city (周口市淮阳县县委); 附中 names a school.
        ("周口市淮阳县县委书记马明华出席。", {"马明华": [("书记", "周口市淮阳县委")]}),
        ("清华附中副校长解巨明致辞。", {"解巨明": [("副校长", "清华附中")]}),
        # 经开区 is a body (经 is no noise there); a place's government post in a clause
        # of posts before a comma.
        ("经开区党工委书记周霖明出席。", {"周霖明": [("党工委书记", "经开区")]}),
        (
            "金华市副市长,义乌市委副书记、市长叶帮明主持大会。",
            {
                "叶帮明": [
                    ("副市长", "金华市政府"),
                    ("副书记", "义乌市委"),
                    ("市长", "市政府"),
                ]
            },
        ),
        # After a listed name, a title opens a new chain (not the name 党委副); the
        # pipeline later completes its bodies from the chain before.
        (
            "佛耳湖镇党委书记武会民、党委副书记、镇长张伟中陪同。",
            {
                "武会民": [("党委书记", "佛耳湖镇党委")],
                "张伟中": [("党委副书记", None), ("镇长", "镇")],
            },
        ),
        (
            "浙江华衢新材料有限公司董事长郑一鸣说。",
            {"郑一鸣": [("董事长", "浙江华衢新材料有限公司")]},
        ),
        (
            "某某集团有限公司市场部负责人钱涛告诉记者。",
            {"钱涛": [("负责人", "某某集团有限公司市场部")]},
        ),
        ("王芳(区妇联主席)介绍,活动很成功。", {"王芳": [("主席", "区妇联")]}),
        ("浙江省林业厅副厅长王志明出席。", {"王志明": [("副厅长", "浙江省林业厅")]}),
        (
            "农业农村部乡村产业发展司副司长刁建育出席。",
            {"刁建育": [("副司长", "农业农村部乡村产业发展司")]},
        ),
        ("中国扶贫基金会理事长郑文华说。", {"郑文华": [("理事长", "中国扶贫基金会")]}),
        ("老板郑若明忙着招呼客人。", {"郑若明": [("老板", None)]}),
        # 相关/有关 qualify the post; 投资方 says what the company is to the project.
        (
            "项目投资方浙江某某农业开发有限公司相关负责人张玉丽介绍。",
            {"张玉丽": [("负责人", "浙江某某农业开发有限公司")]},
        ),
        ("市发改委有关负责人王小明表示。", {"王小明": [("负责人", "市发改委")]}),
        # A shop or bar named before its owner's title; a kind of business names none.
        ("首批入驻的续集酒吧主理人俞佳佳充满信心。", {"俞佳佳": [("主理人", "续集酒吧")]}),
        ("村里的农家乐老板陈堂明还在回味。", {"陈堂明": [("老板", None)]}),
        ("南山古村掌门人汪辉介绍。", {"汪辉": [("掌门人", "南山古村")]}),
        # A post said of a person with 是; one with no organisation is no post (党员).
        (
            "出生于1990年的金怡红,是浙江某某家居有限公司董事长助理。",
            {"金怡红": [("董事长助理", "浙江某某家居有限公司")]},
        ),
        ("今年23岁的雷丽婷,是一名党员。", {"雷丽婷": []}),
        ("某某汽车集团CGO李伟明参加。", {"李伟明": [("CGO", "某某汽车集团")]}),
        ("某某光伏公司副总陈清明介绍。", {"陈清明": [("副总", "某某光伏公司")]}),
        ("村庄主干道通源路完成了拓宽。", {}),  # 庄主 is no title here, and no title at all
        (
            "某某指挥部综合组组长邱建介绍,工作组放弃休息。",
            {"邱建": [("组长", "某某指挥部综合组")]},
        ),
        (
            "区委常委、宣传部部长欧阳明辉主持会议。",
            {"欧阳明辉": [("常委", "区委"), ("部长", "区委宣传部")]},
        ),
        (
            "区发改局党组书记、局长仝建国表示。",
            {"仝建国": [("党组书记", "区发改局"), ("局长", "区发改局")]},
        ),
        ("龙游县发改局局长别立新强调。", {"别立新": [("局长", "龙游县发改局")]}),
        ("会上,区人大常委会主任张伟作报告。", {"张伟": [("主任", "区人大常委会")]}),
        ("二级调研员诸葛亮参加会议。", {"诸葛亮": [("二级调研员", None)]}),
        # Shapes met in real pages (names invented).
        # The level written twice: 开化县县委 is 开化县委.
        ("开化县县委书记项立新调研项目。", {"项立新": [("书记", "开化县委")]}),
        # A department head written with the body's short name: 统战部长.
        (
            "县委常委、统战部长邹燕华一行调研。",
            {"邹燕华": [("常委", "县委"), ("部长", "县委统战部")]},
        ),
        # An 等 list's shared post belongs to others, not to the name after the chain.
        (
            "县委办、发改局、物流办等主要负责人、明化公司总经理林卫东陪同。",
            {"林卫东": [("总经理", "明化公司")]},
        ),
        # A clause before 的 is not an organisation: the town is the one named before.
        ("曾在开发区工作的副镇长周顺和对蓝图如数家珍。", {"周顺和": [("副镇长", "镇")]}),
        ("郭塘村村支书张荣带领游客参观。", {"张荣": [("村支书", "郭塘村")]}),
        ("省交通运输厅党组成员李红介绍。", {"李红": [("党组成员", "省交通运输厅")]}),
        # New boundary words after three-character names.
        ("东方集团董事长潘廉洁由衷地说。", {"潘廉洁": [("董事长", "东方集团")]}),
        ("市工商联党组书记张晓东相继作交流发言。", {"张晓东": [("党组书记", "市工商联")]}),
        # A post held, written after the name; a garbled page's symbols end a name.
        (
            "周水和之前任贺村镇党委副书记、镇长时,他都带队。",
            {"周水和": [("党委副书记", "贺村镇党委"), ("镇长", "贺村镇")]},
        ),
        ("王芳现任区妇联主席。", {"王芳": [("主席", "区妇联")]}),
        ("常山县委书记潘晓明&&,将胡柚放在首位。", {"潘晓明": [("书记", "常山县委")]}),
        ("三涧溪村党总支书记高淑珍介绍。", {"高淑珍": [("党总支书记", "三涧溪村")]}),
        # Organisations listed before one title share it.
        (
            "衢江农投集团、禹稷建设工程有限公司项目负责人周彬相告。",
            {"周彬": [("项目负责人", "衢江农投集团"), ("项目负责人", "禹稷建设工程有限公司")]},
        ),
        # 中等 is not an 等-list; a body's name sharing the title's first character.
        (
            "区中等职业技术学校校长、区教育局局长李小红说。",
            {"李小红": [("校长", "区中等职业技术学校"), ("局长", "区教育局")]},
        ),
        ("县委统战部长邹燕华一行调研。", {"邹燕华": [("部长", "县委统战部")]}),
        ("区公安局长王强说。", {"王强": [("局长", "区公安局")]}),
        # A village post without the village: 村, resolved to the village named before
        # by the extract stage (test_extract_pipeline).
        ("一位村支书王大明告诉记者。", {"王大明": [("村支书", "村")]}),
        ("村委会副主任祝金水说。", {"祝金水": [("村委会副主任", "村")]}),
        # A mirror page that writes the name twice; a province before a district.
        (
            "中天控股集团有限公司董事长楼永平楼永平表示。",
            {"楼永平": [("董事长", "中天控股集团有限公司")]},
        ),
        (
            "浙江衢州市柯城区区长徐延平,区委副书记施维明。",
            {"徐延平": [("区长", "衢州市柯城区政府")], "施维明": [("副书记", "区委")]},
        ),
        ("浙江省副省长黄旭平一行莅临江山调研。", {"黄旭平": [("副省长", "浙江省政府")]}),
        ("上方镇政府工作人员陈旭平介绍。", {"陈旭平": [("工作人员", "上方镇政府")]}),
        ("翁源家庭农场场主曾小平告诉记者。", {"曾小平": [("场主", "翁源家庭农场")]}),
        # Name first, then the title and 一行, or a comma after a list of leaders.
        ("工作人员向徐文平书记一行介绍了项目。", {"徐文平": [("书记", None)]}),
        (
            "衢州市委领导徐文平书记,衢州市委副书记、市长汤飞明出席。",
            {
                "徐文平": [("书记", "衢州市委")],
                "汤飞明": [("副书记", "衢州市委"), ("市长", "市政府")],
            },
        ),
        # A note on the body's short name between the body and the title.
        (
            "常山经济开发区(以下简称“开发区”)副主任徐小平特别忙碌。",
            {"徐小平": [("副主任", "常山经济开发区")]},
        ),
        # A quoted title held, then a name: the name holds it, not the company before 现任.
        ("东阳光现任“掌门人”张宇帅携项目回归。", {}),
        # What is left of a verb (听取了) or a conjunction (并与) is not the body's.
        ("然后听取了县委常委应亥中的汇报。", {"应亥中": [("常委", "县委")]}),
        ("并与市人大常委会主任孙百楠共同启动。", {"孙百楠": [("主任", "市人大常委会")]}),
        # A company named without its legal ending before a company title.
        ("宏杉科技CEO杨柳笑着说。", {"杨柳": [("CEO", "宏杉科技")]}),
        # 发出 ends a name; 市长助理 and 财务长 are posts.
        ("某城区委书记蔡艳发出了动员令。", {"蔡艳": [("书记", "某城区委")]}),
        ("兰州市市长助理窦希铭一行考察。", {"窦希铭": [("市长助理", "兰州市政府")]}),
        (
            "中国粮油学会油脂分会会长王瑞元到场祝贺。",
            {"王瑞元": [("会长", "中国粮油学会油脂分会")]},
        ),
        (
            "某里控股有限公司董事会主席郭孔华一行。",
            {"郭孔华": [("董事会主席", "某里控股有限公司")]},
        ),
        # A headline's interview (——访…) stands before the body, not in it.
        (
            "——访县人大代表、上方镇党委书记王广法",
            {"王广法": [("人大代表", "县人大"), ("党委书记", "上方镇党委")]},
        ),
        # …and so does the body's other name in brackets.
        ("市经合办(招商局)主任洪建军出席。", {"洪建军": [("主任", "市经合办")]}),
        # A guessed name after a post with its organisation is kept; one that starts
        # with a word (应邀参加) is no name.
        ("衢江区委书记朱建明一语道破。", {"朱建明": [("书记", "衢江区委")]}),
        ("部分市人大代表应邀参加会议。", {}),
        # 当选为 is a post held; a title after 首席 keeps it; 和 and 通过 are no names.
        ("姚东平当选为新一届会长。", {"姚东平": [("会长", None)]}),
        (
            "省农业农村厅茶叶首席专家、研究员罗列平表示。",
            {"罗列平": [("首席专家", None), ("研究员", None)]},
        ),
        ("企业负责人和员工一起加班。", {}),
        ("专家通过对11个站址进行评审。", {}),
        # A clause before 的 is not the organisation.
        ("大家把变化归功于景区村的村支书汪衍平。", {"汪衍平": [("村支书", "村")]}),
        # A platform (集聚区) and a party's committee (民建…委会) are organisations.
        (
            "衢州市委常委、衢州绿色产业集聚区党工委书记傅根平发言。",
            {"傅根平": [("常委", "衢州市委"), ("党工委书记", "衢州绿色产业集聚区")]},
        ),
        ("民建浙江省委会副主委张明平说。", {"张明平": [("副主委", "民建浙江省委会")]}),
        # A note on the post (主持工作) between title and name; 及 before a list's last name.
        (
            "滨海新区党工委副书记、副主任(主持工作)金晓平致辞。",
            {"金晓平": [("党工委副书记", "滨海新区"), ("副主任", "滨海新区")]},
        ),
        (
            "市领导郭林将、王子平及周吉平等参加。",
            {
                "郭林将": [("市领导", None)],
                "王子平": [("市领导", None)],
                "周吉平": [("市领导", None)],
            },
        ),
        ("董事长张三平与王五平握手。", {"张三平": [("董事长", None)]}),
        # A company's assistant (extract() looks back for its company); 操 is a surname.
        ("总经理助理操隆平相告,订单很多。", {"操隆平": [("总经理助理", None)]}),
        (
            "省农业农村厅党组成员、总农艺师吴新平参加。",
            {"吴新平": [("党组成员", "省农业农村厅"), ("总农艺师", "省农业农村厅")]},
        ),
        ("活动由市委常委、秘书长陈锦平主持。", {"陈锦平": [("常委", "市委"), ("秘书长", "市委")]}),
        ("乡镇主要领导、班子成员全部到岗到位。", {}),
        (
            "项目专班推进办工作人员向徐文平书记一行介绍项目。",
            {"徐文平": [("书记", None)]},
        ),
        # 与 inside a body's name; 与 between a person and a company.
        (
            "西安交通大学新闻与新媒体学院教授阚平说。",
            {"阚平": [("教授", "西安交通大学新闻与新媒体学院")]},
        ),
        (
            "董事长钟晓平与中宁能源集团有限公司总经理李四明出席。",
            {"钟晓平": [("董事长", None)], "李四明": [("总经理", "中宁能源集团有限公司")]},
        ),
        # 时任X现任Y: the post then held and the one now held, kept apart.
        (
            "由时任区长现任区委书记祝晓平多次带队考察。",
            {"祝晓平": [("时任区长", "区政府"), ("书记", "区委")]},
        ),
        # Name first, then the title and a speech verb.
        ("五洲纸业公司的赵石总经理告诉记者。", {"赵石": [("总经理", "五洲纸业公司")]}),
        # …or 所作 (the report the mayor gave), 带领 (led).
        ("他指出,朱林森市长所作的政府工作报告总结了成绩。", {"朱林森": [("市长", "市政府")]}),
        ("薄海明局长带领干部深入我们村。", {"薄海明": [("局长", None)]}),
        ("张晓平董事长汇报了总部的产销情况。", {"张晓平": [("董事长", None)]}),
        # 资深 modifies the title (it names no body; the list's body goes on to it later).
        (
            "瑞立集团执行总经理余锦瑞、资深副总经理冯乾存参加座谈。",
            {
                "余锦瑞": [("执行总经理", "瑞立集团")],
                "冯乾存": [("资深副总经理", None)],
            },
        ),
        ("市委方明书记对项目建设提出新要求。", {"方明": [("书记", "市委")]}),
        ("栏目组陆姿明主任率调研组到西山镇调研。", {"陆姿明": [("主任", "栏目组")]}),
        # …or right after the body's name, before 做重要讲话.
        ("衢州市人民政府胡仲平副市长做重要讲话。", {"胡仲平": [("副市长", "衢州市人民政府")]}),
        (
            "区康投集团项目管理部项目主管郑卫东介绍。",
            {"郑卫东": [("项目主管", "区康投集团项目管理部")]},
        ),
        # A national leader, written name first (graph/data/leaders.tsv).
        ("深入学习贯彻习近平总书记重要讲话精神。", {"习近平": [("总书记", None)]}),
        # A doctrine named after the leader names no person.
        ("坚持以习近平新时代中国特色社会主义思想为指导。", {}),
        ("贯彻落实习近平生态文明思想。", {}),
        # A political commissar of the armed forces department; 巨 is a (rare) surname.
        ("区人武部政委苏丰华出席。", {"苏丰华": [("政委", "区人武部")]}),
        ("区长巨博华代表区人民政府作政府工作报告。", {"巨博华": [("区长", "区政府")]}),
        ("县委副书记翦鹰出席。", {"翦鹰": [("副书记", "县委")]}),  # 翦, a rare surname
        # A party school and a department named in full are bodies (graph/data/org_suffixes.txt).
        ("县委党校校长翦明出席。", {"翦明": [("校长", "县委党校")]}),
        ("省科学技术厅厅长史贻明会见。", {"史贻明": [("厅长", "省科学技术厅")]}),
        # 信心 after a name is a word of its own (沈速信心满怀).
        (
            "市发展和改革局党组书记、局长沈速信心满怀。",
            {"沈速": [("党组书记", "市发展和改革局"), ("局长", "市发展和改革局")]},
        ),
        # 四 opens the group's title, not a count of its holders.
        (
            "陈美华、朱世道等四套班子领导出席会议。",
            {"陈美华": [("四套班子领导", None)], "朱世道": [("四套班子领导", None)]},
        ),
        # Groups of a banner (旗), of a rank, of the leading bodies (graph/data/titles.tsv).
        (
            "旗领导田奋清、王斯庆参加视察活动。",
            {"田奋清": [("旗领导", None)], "王斯庆": [("旗领导", None)]},
        ),
        (
            "吴青松、叶丽娅等副县以上领导参加会议。",
            {"吴青松": [("副县以上领导", None)], "叶丽娅": [("副县以上领导", None)]},
        ),
        (
            "县级同志郭庆国、张全庆,各镇镇长参加。",
            {"郭庆国": [("县级同志", None)], "张全庆": [("县级同志", None)]},
        ),
        ("杭州领导王建国一行来衢考察。", {}),  # 州领导 inside 杭州领导 is no group
        # The group's place written between 等 and its title: the title of its level.
        (
            "赵立华、叶建宏等萧山区四套班子领导参加。",
            {"赵立华": [("区四套班子领导", None)], "叶建宏": [("区四套班子领导", None)]},
        ),
        # A group post is never one in a chain: the posts before it are another person's.
        (
            "区委常委、副区长方建平陪同市领导周立新调研。",
            {
                "方建平": [("常委", "区委"), ("副区长", "区政府")],
                "周立新": [("市领导", None)],
            },
        ),
        (
            "市委常委、秘书长仇杨均以及县四套班子领导黄寿龙等参加。",
            {
                "仇杨均": [("常委", "市委"), ("秘书长", "市委")],
                "黄寿龙": [("县四套班子领导", None)],
            },
        ),
        # 以 before an opening quote is "with", not the end of a name.
        (
            "区委书记、新区党工委书记方军以“潮起四十载”为主题作主旨演讲。",
            {"方军": [("书记", "区委"), ("党工委书记", "新区")]},
        ),
        # 从 inside a given name (朱从玖), not only the preposition.
        ("副省长朱从久宣布项目开工。", {"朱从久": [("副省长", "省政府")]}),
        # 随着 (as, with) opens the clause, it is no part of the body's name.
        ("随着市委书记盛勇平的一声“开工”,项目正式开工。", {"盛勇平": [("书记", "市委")]}),
        # A county-level city by its short form, then its mayor's title.
        ("建德市长王新峰说。", {"王新峰": [("市长", "建德市政府")]}),
        # A minority name joined by a dot, in a list after a group title.
        (
            "市领导董海华、艾沙·努尔、杨炬分别参加。",
            {
                "董海华": [("市领导", None)],
                "艾沙·努尔": [("市领导", None)],
                "杨炬": [("市领导", None)],
            },
        ),
        # 同乡会 ends an association's name; 高级 is part of a title, not a body (the
        # pipeline gives 唐明亮 the bank named for the person before).
        ("座谈会由温州某某同乡会秘书长连晓敏主持。", {"连晓敏": [("秘书长", "温州某某同乡会")]}),
        ("旅台江西同乡总会副会长龚兴生应邀参加。", {"龚兴生": [("副会长", "旅台江西同乡总会")]}),
        ("省红十字会总会长张三出席。", {"张三": [("总会长", "省红十字会")]}),  # not 会长 of …总会
        ("首尔市长吴世勋访问某县。", {"吴世勋": [("市长", None)]}),  # a place the tables lack
        (
            "图为桂平市委常委潘振成。",
            {"潘振成": [("常委", "桂平市委")]},
        ),  # 图为: a caption's "here is"
        (
            "某某银行上饶分行副行长王庆华、高级经理唐明亮等出席签约仪式。",
            {
                "王庆华": [("副行长", "某某银行上饶分行")],
                "唐明亮": [("高级经理", None)],
            },
        ),
        # 以及 starts another person's post: the chain before it is not this person's.
        (
            "省委副书记、省长叶建华等省领导以及市委书记陈敏出席会议。",
            {
                "叶建华": [("副书记", "省委"), ("省长", "省政府"), ("省领导", None)],
                "陈敏": [("书记", "市委")],
            },
        ),
        # Spaces padding the 、 of a hand-typed list.
        (
            "县领导朱韶华、 徐军、 张晨 、杨剑舒参加活动。",
            {
                "朱韶华": [("县领导", None)],
                "徐军": [("县领导", None)],
                "张晨": [("县领导", None)],
                "杨剑舒": [("县领导", None)],
            },
        ),
        # A list item whose body's name goes on after brackets holds no name.
        (
            "中境集团董事长徐君双、丰收日(集团)股份有限公司副总裁罗友裕发言。",
            {"徐君双": [("董事长", "中境集团")], "罗友裕": [("副总裁", "股份有限公司")]},
        ),
        # A list of names goes on past a name that is also a word, or ends in 其.
        (
            "县领导田林、黄河、刘冠群、曹令其、刘权等参加活动。",
            {n: [("县领导", None)] for n in ("田林", "黄河", "刘冠群", "曹令其", "刘权")},
        ),
        # An autonomous prefecture's governor, but not 贵州长寿之乡 (a place's 州).
        ("州委副书记、州长赵凌云出席。", {"赵凌云": [("副书记", "州委"), ("州长", "州政府")]}),
        ("荣获中国苗绣之乡、贵州长寿之乡等诸多荣誉。", {}),
        # A county named short: the title says its level.
        ("宁乡副县长冯智明参加活动。", {"冯智明": [("副县长", "宁乡县政府")]}),
        ("衢州市长徐张燕作政府工作报告。", {"徐张燕": [("市长", "衢州市政府")]}),
        # A nominee's standing between the title and the name.
        (
            "县委常委、副县长候选人胡书伟介绍了情况。",
            {"胡书伟": [("常委", "县委"), ("副县长", "县政府")]},
        ),
        ("镇长提名人选叶衍森陪同调研。", {"叶衍森": [("镇长", "镇")]}),
        # 之 opens a given name of two characters.
        ("鄱阳县委书记张之良接受本网专访。", {"张之良": [("书记", "鄱阳县委")]}),
        # A listed name's own post in brackets: the list goes on after it.
        (
            "县领导田林、郭峰(县委副书记)、周晓燕、黄伟(县政协主席)、宋煜参加活动。",
            {
                "田林": [("县领导", None)],
                "郭峰": [("县领导", None), ("副书记", "县委")],
                "周晓燕": [("县领导", None)],
                "黄伟": [("县领导", None), ("主席", "县政协")],
                "宋煜": [("县领导", None)],
            },
        ),
        # 呙, a rare surname that is no word of its own.
        (
            "县领导李学文、宋磊、呙滨辰及相关部门负责人一同前往。",
            {n: [("县领导", None)] for n in ("李学文", "宋磊", "呙滨辰")},
        ),
        # Group posts written with 级 or 有关.
        (
            "何家利、张琼、陈中举等区级领导参加。",
            {n: [("区级领导", None)] for n in ("何家利", "张琼", "陈中举")},
        ),
        (
            "陈健、陈亦平等县四套班子有关领导出席。",
            {n: [("县四套班子有关领导", None)] for n in ("陈健", "陈亦平")},
        ),
        # 按照 before a body; 发表 (delivered) ends a name.
        (
            "按照市委书记陈奕君的要求,定位为示范区。",
            {"陈奕君": [("书记", "市委")]},
        ),
        (
            "县人大常委会主任常鸿发表了热情洋溢的致辞。",
            {"常鸿": [("主任", "县人大常委会")]},
        ),
        # 副巡视员 and 代理市长 are posts; 听取 names no body; 镇干部: the town named before.
        ("政府副巡视员黄佰文出席仪式。", {"黄佰文": [("副巡视员", "政府")]}),
        ("听取代理市长陈玲芳作政府工作报告。", {"陈玲芳": [("代理市长", "市政府")]}),
        ("据镇干部徐新介绍,住户都已安置。", {"徐新": [("镇干部", "镇")]}),
        # 等县级领导班子: the leading bodies (no post); 班子成员 are its members.
        (
            "县委副书记刘晓飞、李涛等县级领导班子出席会议。",
            {"刘晓飞": [("副书记", "县委")], "李涛": [("副书记", "县委")]},
        ),
        (
            "刘晓飞、李涛等区领导班子成员出席会议。",
            {"刘晓飞": [("区领导", None)], "李涛": [("区领导", None)]},
        ),
        # A clause of posts only, a comma, then the rest of the same person's posts.
        (
            "县委副书记、政法委书记,高新区管委会常务副主任许哲通报结果。",
            {"许哲": [("副书记", "县委"), ("书记", "县委政法委"), ("常务副主任", "高新区管委会")]},
        ),
        # 了 ends a verb before the body; 专题 (专题调研) ends a name; 鉏 after a title.
        (
            "签约仪式上,引来了县委常委、统战部长施亚东。",
            {"施亚东": [("常委", "县委"), ("部长", "县委统战部")]},
        ),
        (
            "柯桥区委副书记、区长袁建专题调研开发区。",
            {"袁建": [("副书记", "柯桥区委"), ("区长", "区政府")]},
        ),
        ("访王江泾镇党委书记鉏新良。", {"鉏新良": [("党委书记", "王江泾镇党委")]}),
        (  # 签订 ends a name
            "某某有限公司董事长万刚签订投资协议。",
            {"万刚": [("董事长", "某某有限公司")]},
        ),
        # …also after a closing quote, with a lay post of the county.
        (
            "“我们将努力。”县人大代表,成集镇党委副书记、镇长徐建军说。",
            {
                "徐建军": [
                    ("人大代表", "县人大"),
                    ("党委副书记", "成集镇党委"),
                    ("镇长", "成集镇"),
                ]
            },
        ),
        # …but not after a clause that says something else.
        ("会上,县委书记张三讲话。", {"张三": [("书记", "县委")]}),
        (
            "常务副区长王五主持,副区长李四出席。",
            {"王五": [("常务副区长", "区政府")], "李四": [("副区长", "区政府")]},
        ),
    ],
)
def test_post_shapes(sentence: str, expected: dict) -> None:
    assert posts(sentence) == expected


def test_deputy_acting_and_former_posts_stay_distinct() -> None:
    assert posts("代区长李明主持会议。原局长王刚也参加了。") == {
        "李明": [("代区长", "区政府")],
        "王刚": [("原局长", None)],
    }
    found = posts("常务副区长但志强、副区长上官婉儿出席。")
    assert found == {"但志强": [("常务副区长", "区政府")], "上官婉儿": [("副区长", "区政府")]}


def test_deng_list_with_group_post() -> None:
    assert posts("周海、孙立、李娜等区领导参加活动。") == {
        "周海": [("区领导", None)],
        "孙立": [("区领导", None)],
        "李娜": [("区领导", None)],
    }


def test_deng_list_of_invited_guests() -> None:
    # 林先华、吴才平、…等应邀出席: plain names before 等 and those invited (应邀) or
    # attending without a vote (列席) are persons with no post.
    assert posts("林先华、吴才平、蔡木贵等应邀出席大会,并在主席台就座。") == {
        "林先华": [],
        "吴才平": [],
        "蔡木贵": [],
    }
    assert posts("张凯、朱祖洋等列席会议。") == {"张凯": [], "朱祖洋": []}


def test_persons_with_posts_joined_by_commas_share_the_group_post() -> None:
    found = posts("区委常委、常务副区长廖小东,区人大常委会副主任刘然军,副区长张妍等区领导参加。")
    assert found == {
        "廖小东": [("常委", "区委"), ("常务副区长", "区政府"), ("区领导", None)],
        "刘然军": [("副主任", "区人大常委会"), ("区领导", None)],
        "张妍": [("副区长", "区政府"), ("区领导", None)],
    }
    # 全体 before the group, and a group named 四大家领导 (or 五大班子领导).
    found = posts("县委书记李耀宾,县委副书记、县长张义达等全体县领导深入乡村调研。")
    assert [r for r, _ in found["李耀宾"]] == ["书记", "县领导"]
    assert [r for r, _ in found["张义达"]] == ["副书记", "县长", "县领导"]
    found = posts("县委书记纪道明,县委副书记、代理县长谢晓东等四大家领导参加投票。")
    assert ("四大家领导", None) in found["纪道明"]
    # Bare names before 等 share the group; the persons with posts before them do not.
    found = posts("市委组织部副部长江文华,董立强、葛健等县四套班子领导出席。")
    assert found["江文华"] == [("副部长", "市委组织部")]
    assert found["葛健"] == [("县四套班子领导", None)]


def test_names_after_a_group_title_share_it() -> None:
    assert posts("区领导张三、李四、王五出席。") == {
        n: [("区领导", None)] for n in ("张三", "李四", "王五")
    }
    # A deputy rank's leaders (副县级领导) are a group of their own.
    assert posts("县领导鲁霞光,副县级领导汪长林分别陪同。") == {
        "鲁霞光": [("县领导", None)],
        "汪长林": [("副县级领导", None)],
    }


def test_leaders_of_the_congress_and_the_leading_groups() -> None:
    # 市人大领导 is a post in the city's congress; 几大班子领导 one more name for the group.
    assert posts("市人大领导李忠法、马耿良出席会议。") == {
        n: [("人大领导", "市人大")] for n in ("李忠法", "马耿良")
    }
    assert posts("何逢阳、王子臣等界首市几大班子领导陪同调研。") == {
        n: [("市几大班子领导", None)] for n in ("何逢阳", "王子臣")
    }
    # The list opens after 及; the person before it holds posts of another body.
    found = posts("政府副秘书长、主任朱新及徐会东、何逢阳等界首市几大班子领导陪同调研。")
    assert found["徐会东"] == [("市几大班子领导", None)]
    assert ("市几大班子领导", None) not in found["朱新"]
    # 来到 (went to) is not a name, though 来 is a surname.
    assert posts("新当选的乡人大领导来到宪法宣誓台前。") == {}


def test_pronouns_and_bare_titles_are_not_persons() -> None:
    # 林晓峰 opens a clause with a speech verb: a person, with no post stated; 他 is no one.
    assert posts("林晓峰指出,要加快进度。他强调,要确保安全。") == {"林晓峰": []}
    assert posts("区长要带头抓落实,镇长们要靠前指挥。") == {}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("区政协委员、衢江区深圳商会秘书长孔明看到了开放带来的新机遇", "孔明"),
        ("廿里镇镇长张迎春结合本地实际谈到", "张迎春"),
        ("区农业农村局局长杜莹莹表示", "杜莹莹"),
        ("镇长宋韬表示", "宋韬"),
        ("区长王芳说", "王芳"),
        ("某茶业公司董事汪洋兴奋地表示", "汪洋"),  # 兴奋地: how he said it
        ("区长张三将继续推进", "张三"),  # 将 (will) before a verb ends the name
        ("区长张三将深入调研", "张三"),
        ("县旅游局局长汪圣瓅以及开发商介绍", "汪圣瓅"),  # a rare character of a name
        # 会, 在, 其 open a given name of two when a boundary ends it.
        ("县委副书记、县长黄会安在开工仪式上致辞", "黄会安"),
        ("市委副书记喻在岗一同参加", "喻在岗"),
        ("市委副书记、市政府代市长黄其山带领相关部门负责人调研", "黄其山"),
        # 为 cannot take a speech verb with no object: the name holds it.
        ("现代农业园区负责人巫大为介绍", "巫大为"),
        ("区长张三为企业解难题", "张三"),
        ("镇人大代表叶萍提议加强执法", "叶萍"),
        ("县委书记李宁化身城市代言人", "李宁"),
    ],
)
def test_name_boundaries(sentence: str, name: str) -> None:
    assert list(posts(sentence)) == [name]


def test_rare_surnames_in_lists_and_clause_subjects() -> None:
    assert posts("区人大常委会副主任单国平、但晓梅参加。") == {
        "单国平": [("副主任", "区人大常委会")],
        "但晓梅": [("副主任", "区人大常委会")],
    }
    assert posts("蒋立新宣布项目开工,余文涛致辞。") == {"蒋立新": [], "余文涛": []}
    assert posts("公司表示,今年要加快。") == {}


def test_a_guessed_name_is_not_a_companys() -> None:
    # 园区长: 区长 inside 工业园区, then a company's name, not a person's.
    assert named("县领导出席了工业园区长山米业有限公司开工仪式。") == []


def test_a_name_without_a_known_boundary_is_a_low_confidence_guess() -> None:
    # With no organisation named for the post, nothing vouches for the guess.
    found = find_persons("随后,局长王建国冒雨指导。", frozenset())
    assert [(p.name.name, p.confidence) for p in found] == [("王建国", 0.4)]
    found = find_persons("区发改局局长王建国冒雨指导。", frozenset())
    assert [(p.name.name, p.confidence) for p in found] == [("王建国", 0.6)]


def test_a_national_leader_named_in_a_set_phrase_is_low_confidence() -> None:
    # 习近平总书记 is kept, but below LOW_CONFIDENCE: most readers leave the set phrase out.
    found = find_persons("深入学习贯彻习近平总书记重要讲话精神。", frozenset())
    assert [(p.name.name, p.confidence < LOW_CONFIDENCE) for p in found] == [("习近平", True)]


def named(sentence: str) -> list[tuple[str, float]]:
    return [(p.name.name, p.confidence) for p in find_persons(sentence, frozenset())]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A word that only introduces a person (乡贤, 村民, 客商) vouches for a guess…
        ("2011年,乡贤徐晓英回到全旺镇投资农业。", [("徐晓英", 0.6)]),
        ("天津客商曾立军看好这里的投资环境。", [("曾立军", 0.6)]),
        ("为了让他磨磨性子,父亲汪永明送他去当了兵。", [("汪永明", 0.6)]),
        (
            "走访慰问了困难群众叶孝先、叶小青,送上慰问金。",
            [("叶孝先", 0.9), ("叶小青", 0.75)],
        ),
        # …and so does the village or town a person is of.
        ("仁堂桥村的邵金华拿着扫把,在入口处清理杂物。", [("邵金华", 0.6)]),
        ("正说着,邻居郑金华也按捺不住内心的喜悦。", [("郑金华", 0.9)]),  # 也: a known stop
        ("来自哥伦比亚的雷波(音译)报名参加遴选活动。", [("雷波", 0.85)]),  # transliterated
        # …and so does an age or a birth year.
        ("今年23岁的雷丽婷是元桥村的村民。", [("雷丽婷", 0.9)]),
        ("60岁的徐秀妹怎么也没想到。", [("徐秀妹", 0.6)]),
        ("出生于1990年的金志宏,是一名员工。", [("金志宏", 0.9)]),
        # A bare name opening a clause, then 告诉.
        ("1月23日,叶建峰告诉记者,为了拍片。", [("叶建峰", 0.6)]),
        ("毛建锋认为,某某山具备优势。", [("毛建锋", 0.6)]),
    ],
)
def test_persons_introduced_without_a_post(sentence: str, expected: list) -> None:
    assert named(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "为村民夏日戏水提供了更好的条件。",  # 日戏: not characters of a given name
        "让所有农村居民都能喝上放心水。",
        "余东村村民左手扛锄头、右手拿画笔。",
        "60岁的老人说,路修好了。",  # a rare surname after an age is a word
        "相关负责人介绍,选址已经完成。",  # 相关 is a word
        "施工棚及员工宿舍区已建好。",  # 员工 is no word that introduces a person
        "形成利益联结机制,确保农民利益。",  # 利益 is a word
        "上方镇的毛家山和西京山出现塌方。",  # hamlets of the town
        "各企业负责人都在咨询奖励政策。",  # 在 opens no guessed given name
        "也有村干部向她汇报雪天值班情况。",  # 她: a pronoun, not a given name
    ],
)
def test_weak_evidence_does_not_make_a_word_a_name(sentence: str) -> None:
    assert [n for n, c in named(sentence) if c >= 0.5] == []


def test_modifiers_make_distinct_posts() -> None:
    assert posts("衢江区温州商会常务副会长别建华作交流发言。") == {
        "别建华": [("常务副会长", "衢江区温州商会")]
    }
    assert posts("原区发改局局长王刚出席。") == {"王刚": [("原局长", "区发改局")]}
    assert posts("区科协党组书记、常务副主席祝晓东介绍。") == {
        "祝晓东": [("党组书记", "区科协"), ("常务副主席", "区科协")]
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "今天刚好碰上万田乡的5名村支书来参观。",  # a number of holders, not one person
        "村民徐某说,路修好了。",  # 某 stands for a withheld name
        "特地来聘请廖书记成为我们的顾问。",  # 成为我 is no name
        "要压实责任,任务落实到人。",  # 任 inside words, no name before it
        "李小红任务是联系区长。",  # 任务 is a word, not 任 (holds a post)
        "22位村党支部书记从山东等地奔赴开化。",  # a number of holders
        "同行的乡干部相告,老街改造已完成。",  # 相告 is the verb after the title
        "村民杨先生说,路修好了。",  # a surname and a form of address
        "新市镇领导班子成员参加会议。",  # 班 is a surname, 班子 the leading group
        "进一步营造让客商满意的投资环境。",  # 满意 (satisfied) after 客商
        # 镇长 read across two places: 大门镇, then 长沙…
        "近日,洞头区大门镇长沙综合体项目正式开工。",
    ],
)
def test_not_persons(sentence: str) -> None:
    assert posts(sentence) == {}


def test_a_post_held_by_a_list_of_names() -> None:
    # 由 after a title, then 、-joined names ending at 担任: each name holds the post.
    assert posts("大会执行主席由项瑞良、鲁霞光、吴杰担任。") == {
        "项瑞良": [("执行主席", "大会")],
        "鲁霞光": [("执行主席", "大会")],
        "吴杰": [("执行主席", "大会")],
    }
    assert posts("副组长由王建国和赵立新兼任。") == {
        "王建国": [("副组长", None)],
        "赵立新": [("副组长", None)],
    }
    # Without the verb, 由 is not "held by": 由张三主持 names no holder.
    assert "由项瑞" not in posts("会议由项瑞良主持。")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 原 after the place's name, and 原 said once for the posts of one body.
        ("衢江区原区委书记李建国出席。", {"李建国": [("原书记", "衢江区委")]}),
        ("原县委常委、副县长张明出席。", {"张明": [("原常委", "县委"), ("原副县长", "县政府")]}),
        # …but a body named anew after it is a post still held.
        (
            "甘肃省原省委书记、全国人大外事工委副主任陆浩考察。",
            {"陆浩": [("原书记", "甘肃省委"), ("副主任", "全国人大外事工委")]},
        ),
        ("原壶镇镇党委书记李瑞华出席。", {"李瑞华": [("原党委书记", "壶镇镇党委")]}),
        # 原 after the body's name, said once for its posts.
        (
            "国家中医药管理局原党组成员、副局长吴刚参加活动。",
            {"吴刚": [("原党组成员", "国家中医药管理局"), ("原副局长", "国家中医药管理局")]},
        ),
    ],
)
def test_former_posts(sentence: str, expected: dict) -> None:
    assert posts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("李志鹏同志满票当选为涌山镇人民政府副镇长。", {"李志鹏": [("副镇长", "涌山镇人民政府")]}),
        # 前 and 原 opening a district's name (前锋区, 原州区) say no former post.
        ("前锋区委书记米明表示。", {"米明": [("书记", "前锋区委")]}),
        ("原州区委书记张明表示。", {"张明": [("书记", "原州区委")]}),
        # 和 after a person's name joins two persons: the second title's body is its own.
        (
            "某某县委书记林锦明和县长蔡萌明在溪畔。",
            {"林锦明": [("书记", "某某县委")], "蔡萌明": [("县长", "县政府")]},
        ),
        # 就是 (is) before the body: no part of its name.
        ("“领头雁”就是邢庄村党支部书记崔守明。", {"崔守明": [("党支部书记", "邢庄村")]}),
        # 传达, 传达学习, 把握 (verbs of passing on a speech) before the body or the title.
        ("会议传达学习省委书记王建军重要讲话精神。", {"王建军": [("书记", "省委")]}),
        ("传达省长王建军参加代表团审议时的讲话精神。", {"王建军": [("省长", "省政府")]}),
        ("我们要深刻把握市委王建军书记对某县的期许。", {"王建军": [("书记", "市委")]}),
        # A government's title after words that name no body: the title's level's government.
        ("图为市长黄卫峰一行参观。", {"黄卫峰": [("市长", "市政府")]}),
        (
            "传达省政府工作报告精神和省长王建军参加代表团审议时的讲话精神。",
            {"王建军": [("省长", "省政府")]},
        ),
        # A post, 是, then the names of its holders ending the clause.
        (
            "执行主席是王大明、李小明。",
            {"王大明": [("执行主席", None)], "李小明": [("执行主席", None)]},
        ),
        ("书记是我们的好榜样。", {}),
        ("支部书记是关键,党员是主体。", {}),  # a word starting with a surname is no holder
        # A decision read out: 同志, then 任 and the posts.
        (
            "宣布任免决定:胡栋明同志任中共某某市某某区委常委、书记。",
            {"胡栋明": [("常委", "中共某某市某某区委"), ("书记", "中共某某市某某区委")]},
        ),
        ("县委书记孔阳下达开工令。", {"孔阳": [("书记", "县委")]}),  # 下达 ends the name
        (
            "泽雅镇党委副书记、镇长  叶文才",
            {"叶文才": [("党委副书记", "泽雅镇党委"), ("镇长", "泽雅镇")]},
        ),
        ("峡口镇水利员邹邦栋相告。", {"邹邦栋": [("水利员", "峡口镇")]}),
        (
            "前湾新区指挥部常务副总指挥阮志贤参加。",
            {"阮志贤": [("常务副总指挥", "前湾新区指挥部")]},
        ),
        (
            "某某新材料股份有限公司董事会秘书孙振强表示。",
            {"孙振强": [("董事会秘书", "某某新材料股份有限公司")]},
        ),
        ("旗委副书记、旗长包文兰汇报。", {"包文兰": [("副书记", "旗委"), ("旗长", "旗政府")]}),
        ("某某学校党总支书记鲁玲直抒观点。", {"鲁玲": [("党总支书记", "某某学校")]}),
        # 黄金 is a word, but before 相告 the three characters are a name; 新任 is no part
        # of the village's name.
        ("大力山新任村党支部书记黄金土相告。", {"黄金土": [("党支部书记", "大力山村")]}),
        ("新任区委书记张三说。", {"张三": [("书记", "区委")]}),
        ("省知联会理事王钰来到村里。", {"王钰": [("理事", "省知联会")]}),
        # The village before 在 is the body of the title right after it.
        (
            "多年来,上洋村在党支部书记黄岳华的带领下,发展产业。",
            {"黄岳华": [("党支部书记", "上洋村")]},
        ),
        ("县委常委、县纪委书记张虹陪同。", {"张虹": [("常委", "县委"), ("纪委书记", "县纪委")]}),
        # A bar (丨 normalised) ends the headline's first part: the chain starts after it.
        ("领导调研|安徽省岳西县委书记江春生督导项目。", {"江春生": [("书记", "安徽省岳西县委")]}),
        # 从 after a title is "from", not a surname.
        ("徐良平书记从经济、历史、人文三个方面作了介绍。", {}),
    ],
)
def test_more_titles_and_boundaries(sentence: str, expected: dict) -> None:
    assert posts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 应邀 and 莅 (莅临, 莅鼎) end a name.
        ("副县长张利应邀参加会议。", {"张利": [("副县长", "县政府")]}),
        (
            "市委常委、市政府党组副书记李彦莅鼎调研。",
            {"李彦": [("常委", "市委"), ("党组副书记", "市政府")]},
        ),
        # A dotted name ends where a boundary does, not where the pattern's greedy part does.
        (
            "乌苏市委副书记、市长阿依肯·阿斯拉汗代表市委签约。",
            {"阿依肯·阿斯拉汗": [("副书记", "乌苏市委"), ("市长", "市政府")]},
        ),
        # 所做 ends a name (市长张建慧所做的政府工作报告).
        ("区长张建慧所做的政府工作报告获得通过。", {"张建慧": [("区长", "区政府")]}),
        # 有了 ends a name (副县长陈夙有了一个新身份).
        (
            "县委常委、副县长陈夙有了一个新身份。",
            {"陈夙": [("常委", "县委"), ("副县长", "县政府")]},
        ),
        # A bare 纪委书记 after the county committee is in the county's discipline commission.
        (
            "县委常委、纪委书记、监委主任孙华春列席。",
            {"孙华春": [("常委", "县委"), ("纪委书记", "县纪委"), ("主任", "监委")]},
        ),
        # What stands before a body without being part of it: 受, 以, a clause before 和.
        (
            "受市委书记张爱军委托,市长王昊致辞。",
            {"张爱军": [("书记", "市委")], "王昊": [("市长", "市政府")]},
        ),
        ("围绕市委战略部署和市委书记陈敏提出的要求。", {"陈敏": [("书记", "市委")]}),
        # A congress standing committee's leaders, an expert panel.
        (
            "区人大常委会领导章红新、石国洪出席。",
            {"章红新": [("人大常委会领导", "区人大")], "石国洪": [("人大常委会领导", "区人大")]},
        ),
        (
            "省内外专家组潘伟行、陈涛参加。",
            {"潘伟行": [("专家组", None)], "陈涛": [("专家组", None)]},
        ),
        # 庹 is a surname (rare: after a title).
        (
            "区领导庹灿、冯星贵、周勇参加活动。",
            {"庹灿": [("区领导", None)], "冯星贵": [("区领导", None)], "周勇": [("区领导", None)]},
        ),
    ],
)
def test_name_boundaries_fourteenth(sentence: str, expected: dict) -> None:
    assert posts(sentence) == expected


def test_appointments_listed_after_one_verb() -> None:
    # 选举A为…, B为…; C、D为…: the verb is said once for every appointment after it.
    assert posts(
        "会议选举吴华球为洋青镇人大主席,潘凯为洋青镇人大副主席;选举梁文涛为洋青镇镇长,苏志英、陈曾敏为洋青镇副镇长。"
    ) == {
        "吴华球": [("主席", "洋青镇人大")],
        "潘凯": [("副主席", "洋青镇人大")],
        "梁文涛": [("镇长", "洋青镇")],
        "苏志英": [("副镇长", "洋青镇")],
        "陈曾敏": [("副镇长", "洋青镇")],
    }
    # …but not past a clause that is no appointment.
    assert posts("选举杨阳为银涂镇镇长,会议为期两天。") == {"杨阳": [("镇长", "银涂镇")]}


def test_appointed_deputies_take_the_body_named_before() -> None:
    # 选举A为市人大常委会主任,B、C(女)为副主任: the deputies are of the same body; a
    # note on the person (女) may stand before 为.
    assert posts(
        "大会选举阎寿根为金华市人大常委会主任,杨守春、丁国玉(女)为副主任;"
        "选举葛慧君(女)为金华市政协主席,毛根芝为副主席。"
    ) == {
        "阎寿根": [("主任", "金华市人大常委会")],
        "杨守春": [("副主任", "金华市人大常委会")],
        "丁国玉": [("副主任", "金华市人大常委会")],
        "葛慧君": [("主席", "金华市政协")],
        "毛根芝": [("副主席", "金华市政协")],
    }
    # A notice of a post proposed (拟任) names no post held; 拟 is not the name's.
    assert posts("其中,高屹拟任设区市党委书记,徐张艳任市委副书记。") == {
        "徐张艳": [("副书记", "市委")]
    }
    # A post of another rank keeps its own body (none named: none taken).
    assert posts("选举张三为县人大常委会主任,李四为秘书长。") == {
        "张三": [("主任", "县人大常委会")],
        "李四": [("秘书长", None)],
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The appointee named with the posts held gains the post appointed to (同志 between).
        (
            "会议任命县委副书记纪道清同志为县人民政府副县长、代理县长。",
            {
                "纪道清": [
                    ("副书记", "县委"),
                    ("副县长", "县人民政府"),
                    ("代理县长", "县政府"),
                ]
            },
        ),
        # 选举出 and 选举了 elect too; the elected are listed after one verb.
        (
            "选举出穆兴明同志为银涂镇人大主席,李玮明同志为银涂镇镇长。",
            {"穆兴明": [("主席", "银涂镇人大")], "李玮明": [("镇长", "银涂镇")]},
        ),
        ("会议依法选举了陈泽明同志为镇人民政府镇长。", {"陈泽明": [("镇长", "镇人民政府")]}),
        # A decision names the acting head (决定…为…代理市长); 代理 makes a post of its own.
        ("决定严钢同志为嵊州市人民政府代理市长。", {"严钢": [("代理市长", "嵊州市人民政府")]}),
        (
            "纪委书记、监委代理主任徐善斌列席。",
            {"徐善斌": [("纪委书记", None), ("代理主任", "监委")]},
        ),
        # A post resigned from was held; …职务 ends the post.
        ("蔡贤忠同志辞去县人民政府县长职务。", {"蔡贤忠": [("县长", "县人民政府")]}),
        ("王建国曾担任衢江区经信局局长职务。", {"王建国": [("局长", "衢江区经信局")]}),
        # A personnel decision before the name and 同志 (决定接受某某同志辞去…).
        ("会议决定接受庄稼祥同志辞去县人民政府县长职务。", {"庄稼祥": [("县长", "县人民政府")]}),
        # …or the name alone between the decision and 辞去.
        ("会议接受许红兵辞去宝丰县人民政府县长职务。", {"许红兵": [("县长", "宝丰县人民政府")]}),
        # A post one is dismissed from was held; the dismissals listed after go on.
        (
            "免去林建波的县委常委、县人民政府副县长职务,林杰同志的县财政局局长职务。",
            {
                "林建波": [("常委", "县委"), ("副县长", "县人民政府")],
                "林杰": [("局长", "县财政局")],
            },
        ),
    ],
)
def test_appointments_and_resignations(sentence: str, expected: dict) -> None:
    assert posts(sentence) == expected


def test_jian_after_a_comma_goes_on_with_the_posts() -> None:
    # 兼 after a comma: the posts before the comma are the same person's.
    sentence = "市委副书记、市长,兼某某开发区工委副书记邹广,市委常委、副市长,兼某某开发区工委委员李爱华出席。"
    assert posts(sentence) == {
        "邹广": [("副书记", "市委"), ("市长", "市政府"), ("副书记", "某某开发区工委")],
        "李爱华": [("常委", "市委"), ("副市长", "市政府"), ("委员", "某某开发区工委")],
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Who else sat on the rostrum: persons, no post.
        ("在主席台就座的还有陈玲芳、何国英、俞仲兴。", {"陈玲芳": [], "何国英": [], "俞仲兴": []}),
        ("主席台就座的领导有吕东升、丛军、史立强。", {"吕东升": [], "丛军": [], "史立强": []}),
        ("石伟东、郑政平、吴震宇在主席台就座。", {"石伟东": [], "郑政平": [], "吴震宇": []}),
        ("县委、县政府在主席台就座。", {}),
        # 恽 is a surname; 四家班子领导 a group.
        ("区长恽淇丞讲话。", {"恽淇丞": [("区长", "区政府")]}),
        (
            "王号先、谭海托等区四家班子领导出席。",
            {"王号先": [("区四家班子领导", None)], "谭海托": [("区四家班子领导", None)]},
        ),
        # 参事 is a post; 缑 a (rare) surname after a group's title; 党政领导 a group; 王瑞
        # 致闭幕词 ("gave the closing speech"); 齐聚 ("gathered") opens no name.
        (
            "市政府参事关保民、阮忠良参加调研。",
            {"关保民": [("参事", "市政府")], "阮忠良": [("参事", "市政府")]},
        ),
        (
            "市领导王保军、缑云峰出席。",
            {"王保军": [("市领导", None)], "缑云峰": [("市领导", None)]},
        ),
        ("市委书记贠建民出席。", {"贠建民": [("书记", "市委")]}),  # 贠 is a (rare) surname
        # 研究室 and 理事会 end a body's name; 项目经理 is one title.
        ("市政府研究室副主任陈洵荣出席。", {"陈洵荣": [("副主任", "市政府研究室")]}),
        (
            "省供销社党组书记、理事会主任吴良斯出席。",
            {"吴良斯": [("党组书记", "省供销社"), ("主任", "理事会")]},
        ),
        ("中铁四局项目经理羊羊介绍。", {"羊羊": [("项目经理", "中铁四局")]}),
        (
            "雷高升、王燕等党政领导陪同。",
            {"雷高升": [("党政领导", None)], "王燕": [("党政领导", None)]},
        ),
        ("乡党委书记王瑞致闭幕词。", {"王瑞": [("党委书记", "乡党委")]}),
        ("来自各行各业的县人大代表齐聚一堂。", {}),
        # A note on the order of the list, then a colon; (女) after a listed name.
        (
            "执行主席(按姓氏笔划为序):王文华、冯为、陈长英(女)、熊丽(女)在主席台就座。",
            {n: [("执行主席", None)] for n in ("王文华", "冯为", "陈长英", "熊丽")},
        ),
        # A list item is the whole name, though 就 ends words (就座).
        (
            "执行主席刘志刚、冯细就、黄建华在主席台前排就座。",
            {n: [("执行主席", None)] for n in ("刘志刚", "冯细就", "黄建华")},
        ),
        # 宛 and 区 are (rare) surnames; 区政府领导 a group; 西安市长安区: a city and its
        # district, no mayor named 安区; 包联 and 来闽 open no names.
        (
            "执行主席张平、宛亚利在主席台就座。",
            {n: [("执行主席", None)] for n in ("张平", "宛亚利")},
        ),
        ("区委书记区军雄出席。", {"区军雄": [("书记", "区委")]}),
        (
            "区政府领导李俊祥、张发俭出席。",
            {"李俊祥": [("区政府领导", None)], "张发俭": [("区政府领导", None)]},
        ),
        ("西安市长安区委书记吕强讲话。", {"吕强": [("书记", "西安市长安区委")]}),
        ("西安市长安区2025年重点项目开工。", {}),
        ("县级领导包联重点项目。", {}),
        ("总书记来闽考察。", {}),
        # The last item of a list after a title ends at a verb (李明说).
        (
            "县领导王强、李明说,要加快推进。",
            {"王强": [("县领导", None)], "李明": [("县领导", None)]},
        ),
        ("推进村党组织书记区域化管理。", {}),  # 区域 is no name
        # Three or more plain names listed, with no cue: persons with no post — but not
        # cities (金华、丽水、温州), a pair of names, a list going on with a body or a fruit,
        # nor herbs before 等 and a noun.
        ("王强、李明、张华、县发改局负责人参加。", {}),
        ("杨梅、黄桃、葛根、猕猴桃长势良好。", {}),
        ("黄精、白芍、杜仲、黄柏等中药材长势良好。", {}),
        (
            "仪式上,王念桥、李林波、胡东辉、陈明胜就新开工项目作了发言。",
            {n: [] for n in ("王念桥", "李林波", "胡东辉", "陈明胜")},
        ),
        (
            "陈武斌、田洪光、李文、张春梅参加活动。",
            {n: [] for n in ("陈武斌", "田洪光", "李文", "张春梅")},
        ),
        # 等 ends the last name, though the clause lists more after it; 等代表: deputies.
        (
            "周军、段祥云、喻振贤、郭培锋等代表先后就做强传统产业、对接战略等作了发言。",
            {n: [("代表", None)] for n in ("周军", "段祥云", "喻振贤", "郭培锋")},
        ),
        ("金华、丽水、温州三地联动。", {}),
        ("孙洋、田学荣先后作招商推介。", {}),
        (
            "本次全体会议的执行主席是:刘兵、郑祖材、张华。",
            {n: [("执行主席", "本次全体会议")] for n in ("刘兵", "郑祖材", "张华")},
        ),
        # 关于 ends a name; 李婶 is a form of address; a name may end in 镇; a note
        # (政府) after a listed leader.
        ("听取社区书记姜健关于中心村建设的汇报。", {"姜健": [("书记", "社区")]}),
        ("村民李婶指着新路灯说。", {}),
        ("图为大陈村民全家福", {}),  # a family photo, not a villager's name
        ("市领导董建镇出席。", {"董建镇": [("市领导", None)]}),
        (
            "区领导陈松(政府)、郑洋、杨进出席。",
            {n: [("区领导", None)] for n in ("陈松", "郑洋", "杨进")},
        ),
        # Bare names, then 等领导 with a verb: leaders of no body said.
        (
            "李文荣、李石松、赵正富等领导参加主会场开工仪式。",
            {n: [("领导", None)] for n in ("李文荣", "李石松", "赵正富")},
        ),
        # 等 then who of the group was there, and a place of China before the group's title.
        (
            "杨俊、李芳军等在家的县处级领导参加会议。",
            {"杨俊": [("县处级领导", None)], "李芳军": [("县处级领导", None)]},
        ),
        (  # 在响的: those who were in 响水 (the county's short form)
            "李运连、孙庆树等在响的县四套班子领导出席。",
            {"李运连": [("县四套班子领导", None)], "孙庆树": [("县四套班子领导", None)]},
        ),
        (
            "叶明华、周永强等溧阳市四套班子领导出席活动。",
            {"叶明华": [("市四套班子领导", None)], "周永强": [("市四套班子领导", None)]},
        ),
    ],
)
def test_lists_of_names_after_a_cue(sentence: str, expected: dict) -> None:
    found = find_persons(sentence, frozenset())
    assert {
        f.name.name: [(p.role, p.org.surface if p.org else None) for p in f.posts] for f in found
    } == expected


def test_an_unread_item_between_names_is_skipped() -> None:
    # 镇权 is no name the rules read; the names after it still share the group post.
    assert posts("区领导程朝阳、陈恢根、镇权、刘合权、马桂莲等参加活动。") == {
        "程朝阳": [("区领导", None)],
        "陈恢根": [("区领导", None)],
        "刘合权": [("区领导", None)],
        "马桂莲": [("区领导", None)],
    }
    # …but a body among them ends the list: the names after it do not share the post.
    assert posts("区领导程朝阳、陈恢根、县委、刘合权、马桂莲等参加活动。")["刘合权"] == []


def test_names_listed_before_an_election_share_its_post() -> None:
    assert posts("王永娟、王鹏伟、肖鑫莉当选区人大常委会委员。") == {
        "王永娟": [("委员", "区人大常委会")],
        "王鹏伟": [("委员", "区人大常委会")],
        "肖鑫莉": [("委员", "区人大常委会")],
    }
    # 组织委员 is a title of its own, not 委员 of a 组织委.
    assert posts("组织委员卢婷出席。") == {"卢婷": [("组织委员", None)]}


@pytest.mark.parametrize(
    "text",
    [
        "陈永强深感只有产业兴旺才能让村民富起来,他带领村干部创新思路。",
        "刚到镇上,夏积亮就趁着晚饭前的空隙来到集镇的马路上,一家店一家店地走过去。",
        "每到一处,考察组成员都详细询问企业的发展历程。",
    ],
)
def test_words_that_start_with_a_surname_are_not_persons(text: str) -> None:
    from graph.extract import extract
    from graph.model import Article

    found = {p.name for p in extract(Article("t.txt", "t.txt", text, "t", None, "衢江区")).persons}
    assert not found & {"富起来", "马路上", "都详细"}


@pytest.mark.parametrize(
    "sentence",
    [
        "在主席台就座的有关部门负责人。",  # 有关, not 有 and a name
        "在主席台就座的还有农业、林业部门负责人。",  # no name opens the list
        "区领导程建、陈卫、交通、林业、水利等部门负责人参加。",  # words, not names, after them
    ],
)
def test_lists_after_a_cue_take_names_only(sentence: str) -> None:
    named = {f.name.name for f in find_persons(sentence, frozenset())}
    assert not named & {"关部门", "农业", "林业", "交通", "水利"}


def test_shou_and_yi_are_cut_only_before_a_level() -> None:
    from graph.extract.orgs import clean_org_text

    assert clean_org_text("以色列驻华大使馆") == "以色列驻华大使馆"
    assert posts("以勒集团董事长王强出席。") == {"王强": [("董事长", "以勒集团")]}


def test_quanchen_ends_a_name_surely() -> None:
    # 全程 ("all the way") is a known word after a name: 陈旭日 is no guess.
    (found,) = find_persons("副镇长陈旭日全程陪同。", frozenset())
    assert found.name.name == "陈旭日" and found.confidence >= 0.9


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("市委副书记、市长刘洁来我县调研。", {"刘洁": [("副书记", "市委"), ("市长", "市政府")]}),
        ("县委书记许达受县委常委会委托,向全会作报告。", {"许达": [("书记", "县委")]}),
        # 来 and a place's short name before a visit: 来梅 is 来梅州.
        ("省委书记李希来梅调研。", {"李希": [("书记", "省委")]}),
        # …but a name ending in 来 before the visit itself keeps it.
        ("县委书记王金来调研。", {"王金来": [("书记", "县委")]}),
        # Delegations, sections and customs.
        ("桐城代表团副团长王静出席。", {"王静": [("副团长", "桐城代表团")]}),
        ("县委组织部干一股副股长李思琪指导。", {"李思琪": [("副股长", "县委组织部干一股")]}),
        ("县委组织部干部监督股科长周伟津指导。", {"周伟津": [("科长", "县委组织部干部监督股")]}),
        ("饶平海关关长林永新出席。", {"林永新": [("关长", "饶平海关")]}),
    ],
)
def test_a_visit_ends_a_name_and_delegations_sections_customs_are_bodies(
    sentence: str, expected: dict[str, list[tuple[str, str | None]]]
) -> None:
    assert posts(sentence) == expected


def test_names_listed_before_deng_daibiao_are_deputies() -> None:
    assert posts("王运富、龚维洪、徐晓刚等代表踊跃发言。") == {
        "王运富": [("代表", None)],
        "龚维洪": [("代表", None)],
        "徐晓刚": [("代表", None)],
    }
    assert posts("王运富、龚维洪等人大代表参加。") == {
        "王运富": [("人大代表", None)],
        "龚维洪": [("人大代表", None)],
    }
    # 等代表团: a delegation's members (persons), not its deputies.
    assert posts("王运富、龚维洪等代表团成员参加。") == {"王运富": [], "龚维洪": []}
    # …and the committee's leaders: persons, no members.
    assert posts("王运富、龚维洪等政协委员会领导出席。") == {"王运富": [], "龚维洪": []}
    # A count and the body's level: 等七名市政协委员 are members of the city's CPPCC.
    assert posts("王运富、龚维洪、徐晓刚等三名市政协委员参加了会议。") == {
        "王运富": [("政协委员", "市政协")],
        "龚维洪": [("政协委员", "市政协")],
        "徐晓刚": [("政协委员", "市政协")],
    }
    assert posts("王运富、龚维洪等县人大代表参加。") == {
        "王运富": [("人大代表", "县人大")],
        "龚维洪": [("人大代表", "县人大")],
    }
    # 等委员 at a CPPCC session: its members (the body comes from the session).
    assert posts("杨兆文、廖明、潘忠敏等委员踊跃发言。") == {
        "杨兆文": [("委员", None)],
        "廖明": [("委员", None)],
        "潘忠敏": [("委员", None)],
    }
    assert posts("杨兆文、廖明等委员会领导出席。") == {"杨兆文": [], "廖明": []}  # no members


def test_leaders_listed_before_deng_lingdao_fenbie_and_an_inspection_commissioner() -> None:
    assert posts("黄胜可、陈洪、郭锦明等领导分别到会听取意见。") == {
        "黄胜可": [("领导", None)],
        "陈洪": [("领导", None)],
        "郭锦明": [("领导", None)],
    }
    assert posts("市委督查专员孙伟良率专项督查组到我县调研。") == {"孙伟良": [("督查专员", "市委")]}
    assert posts("县人大代表满怀豪情步入会场。") == {}  # 满怀, a word, not a name


def test_the_chair_of_a_special_committee_is_its_zhuren_weiyuan() -> None:
    # 财经委主任委员: the committee's chair, not a member of a body named 财经委主任委.
    assert posts("省人大常委、财经委副主任委员刘国红陪同调研。") == {
        "刘国红": [("常委", "省人大"), ("副主任委员", "财经委")]
    }


def test_village_doctors_and_commissioners_hold_posts_and_veterans_are_persons() -> None:
    # 村医 (a village doctor) holds a post in the village named before; 退伍军人 is no post.
    assert posts("在潭头村,村医孙兼军说,退伍军人孙观发家中也来了人。") == {
        "孙兼军": [("村医", "村")],  # the village named before (resolved later)
        "孙观发": [],
    }
    assert posts("科技特派员刘国英告诉记者。") == {"刘国英": [("科技特派员", None)]}
    # A grade or praise before the title is no body sharing the title's first character.
    assert posts("市级科技特派员刘国英说。") == {"刘国英": [("科技特派员", None)]}
    assert posts("优秀村医孙兼军说。") == {"孙兼军": [("村医", None)]}


def test_a_county_opening_with_a_particle_keeps_it() -> None:
    # 和顺县: 和 is the county's first character, not "and"; the chain keeps both posts.
    assert posts("晋中市人大常委会副主任、和顺县委书记许利伟宣布开工。") == {
        "许利伟": [("副主任", "晋中市人大常委会"), ("书记", "和顺县委")]
    }


def test_a_note_after_a_listed_name_does_not_end_the_list() -> None:
    # 刘勇(统战): which of two namesakes; the list goes on after the note.
    assert posts("市领导卢智绘、刘勇(统战)、何文建、王智等参加考察活动。") == {
        "卢智绘": [("市领导", None)],
        "刘勇": [("市领导", None)],
        "何文建": [("市领导", None)],
        "王智": [("市领导", None)],
    }


def test_leaders_of_a_prefecture_or_a_banner_are_a_group() -> None:
    assert posts("州领导廖良辉、贾珍文参加调研。") == {
        "廖良辉": [("州领导", None)],
        "贾珍文": [("州领导", None)],
    }
    assert posts("黔东南州领导李飞跃、罗亮权出席。") == {
        "李飞跃": [("州领导", None)],
        "罗亮权": [("州领导", None)],
    }
    assert posts("旗领导李佳官出席。") == {"李佳官": [("旗领导", None)]}
    # 杭州, 贵州: a city's or a province's 州, not a prefecture.
    assert posts("贵州领导张建国出席。") == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "县政府领导班子以及各乡镇乡镇长参加。",  # 领导班子: the leading group, then 以及
        "镇领导班子和村干部参加会议。",
        "出席大会的委员应到128名,实到委员122名。",  # 应到: "due to attend"
        "施震海与镇经发办工作人员来到位于南舍工业功能区的项目现场。",  # 来到位于
        "市领导来到太和镇的牧原八场,与项目方交流。",  # 来到, a word, then 太和镇
        "县级领导包抓责任落实到位。",
        "作为农民,能够当选副镇长,没有任何诀窍。",
        "成立明港镇镇长副镇长初始人选工作领导小组。",
    ],
)
def test_a_word_after_a_title_is_no_name(sentence: str) -> None:
    assert posts(sentence) == {}


def test_rare_surnames_of_the_north_and_west() -> None:
    assert posts("市委书记虢正贵出席签约仪式。") == {"虢正贵": [("书记", "市委")]}


def test_a_name_ends_before_an_idiom_or_a_title() -> None:
    assert posts("市委书记王坚开门见山地说。") == {"王坚": [("书记", "市委")]}
    # 常务 is a word, not a name, before 副县长; the 、 between the two posts left out.
    assert posts("剑阁县委常委常务副县长王静指出。") == {
        "王静": [("常委", "剑阁县委"), ("常务副县长", "县政府")]
    }


def test_an_election_by_votes() -> None:
    assert posts("经选举,王华同志以52票全票当选为文龙镇人民政府镇长。") == {
        "王华": [("镇长", "文龙镇人民政府")]
    }


def test_a_list_of_bare_names_opens_after_yiji() -> None:
    found = posts("县委副书记马文卿,以及刘雪萍、朱秋生、梁慧斌、饶健东、刘石生等参加。")
    assert sorted(found) == sorted(["马文卿", "刘雪萍", "朱秋生", "梁慧斌", "饶健东", "刘石生"])


def test_a_bare_body_belongs_to_the_division_named_before() -> None:
    # 宜春市委副秘书长、政研室主任: the 政研室 of 宜春市委 (not of the article's county).
    assert posts("宜春市委副秘书长、政研室主任况海家率考察组到玉山。") == {
        "况海家": [("副秘书长", "宜春市委"), ("主任", "宜春市委政研室")]
    }
    assert posts("市委政研室主任廖焕水陪同。") == {"廖焕水": [("主任", "市委政研室")]}
    # …of the division whose committee it is, not the city before it.
    assert posts("衢州市柯城区委常委、宣传部部长王建国出席。") == {
        "王建国": [("常委", "衢州市柯城区委"), ("部长", "柯城区宣传部")]
    }
    found = posts("桂平市西山镇党委委员、政法委员赖诚。")
    assert not any(org and org.startswith("桂平市政") for _, org in found["赖诚"])


def test_a_name_ends_before_chengwei() -> None:
    assert list(posts("经过选举,42岁的邵鹏成为了马畈村新一届党支部书记。")) == ["邵鹏"]


def test_a_rare_surname_among_listed_names_before_an_election() -> None:
    found = posts("于国强、秦岭峰、张世富、奇军当选为政协某某县第十一届委员会副主席。")
    assert sorted(found) == sorted(["于国强", "秦岭峰", "张世富", "奇军"])
    assert all(posts_of == [("副主席", "政协某某县委员会")] for posts_of in found.values())


def test_deputies_of_a_prefecture_or_a_banner() -> None:
    assert posts("此次视察,以州人大代表、州人大常委会副主任肖徐为组长。") == {
        "肖徐": [("人大代表", "州人大"), ("副主任", "州人大常委会")]
    }


def test_leaders_listed_with_commas_before_deng() -> None:
    found = posts("张双翼,许汝棣,于兰山,崔全星,高永健等领导出席会议。")
    assert found == {
        name: [("领导", None)] for name in ("张双翼", "许汝棣", "于兰山", "崔全星", "高永健")
    }
    # A clause before the names is no item of the list.
    found = posts("会议由县委书记王强主持,张双翼,许汝棣等领导出席。")
    assert found["王强"] == [("书记", "县委")]
    assert found["许汝棣"] == [("领导", None)]
    assert "主持" not in "".join(found)


def test_a_rare_surname_among_names_before_deng_and_a_group() -> None:
    found = posts("赵莉、曲万涛、张亚磊、买勇、杨海龙等县四大班子领导到所在选区参加投票。")
    assert found == {
        name: [("县四大班子领导", None)] for name in ("赵莉", "曲万涛", "张亚磊", "买勇", "杨海龙")
    }
    # Most items with rare surnames: not read as a list of names.
    assert "买勇" not in posts("买勇、于现、杨海龙等领导参加。")


def test_a_counted_list_of_deputies() -> None:
    found = posts("会上,于现伟、郑婷婷、徐坤、陈钟、卢兆亮、孙铁军6名县政协委员分别发言。")
    assert found == {
        name: [("政协委员", "县政协")]
        for name in ("于现伟", "郑婷婷", "徐坤", "陈钟", "卢兆亮", "孙铁军")
    }
    # A count that is not the list's length says nothing of them.
    found = posts("会上,郑婷婷、徐坤、陈钟4名县政协委员分别发言。")
    assert found == {name: [] for name in ("郑婷婷", "徐坤", "陈钟")}


def test_he_between_a_name_and_a_group_title_is_and() -> None:
    found = posts("宣城市委书记方宁,市政府副市长严敏和县四大班子领导出席。")
    assert found["严敏"] == [("副市长", "市政府")]


def test_a_list_going_on_with_a_four_character_name() -> None:
    found = posts(
        "王云山、卢智慧、白晓丽、折睿、阿古拉、陈晓慧、盛文玉、额尔登图、霍建强当选为政协某某旗第十一届委员会常务委员。"
    )
    assert {"王云山", "卢智慧", "白晓丽", "折睿", "陈晓慧", "盛文玉", "霍建强"} <= set(found)


def test_a_longer_name_before_deng() -> None:
    # 陈大为等: 为 ends a name before a verb, but 等 closes the list here.
    found = posts("县委副书记、代县长陈大为等在家县委常委参加会议。")
    assert set(found) == {"陈大为"}


def test_the_mirror_pages_ji_for_the_surname_gou() -> None:
    from graph.normalise import to_simplified

    assert to_simplified("區政協主席茍曉明") == "区政协主席苟晓明"


def test_a_verb_of_carrying_out_is_no_part_of_a_body() -> None:
    assert posts("认真落实市委书记陈吉宁来奉调研要求。") == {"陈吉宁": [("书记", "市委")]}
    found = posts("各单位部门要落实好市委常委、秘书长连茂君的讲话精神。")
    assert found == {"连茂君": [("常委", "市委"), ("秘书长", "市委")]}


def test_an_autonomous_regions_party_committee() -> None:
    found = posts("深入贯彻落实广西自治区党委书记鹿心社调研蒙山时的讲话精神。")
    assert found == {"鹿心社": [("党委书记", "广西自治区党委")]}


def test_a_parks_party_working_committee() -> None:
    assert posts("常州西太湖科技产业园党工委书记施小平参加活动。") == {
        "施小平": [("党工委书记", "常州西太湖科技产业园党工委")]
    }


@pytest.mark.parametrize("opener", ["连日来", "原定", "席间", "由于"])
def test_a_clause_opener_before_comma_joined_names_is_no_name(opener: str) -> None:
    assert set(posts(f"{opener},王强,李明等领导参加。")) == {"王强", "李明"}


def test_an_office_named_for_its_task_keeps_its_verb() -> None:
    assert posts("县委督查落实办主任王强出席。") == {"王强": [("主任", "县委督查落实办")]}


def test_a_name_before_tongzhi() -> None:
    assert "尹恒斌" in posts("完全赞成尹恒斌同志所作的政府工作报告。")
    assert "杨友松" in posts("会议还听取了杨友松同志代表镇人大主席团所作的报告。")
    assert "王世武" in posts("组织委员评价:“王世武同志善用党建引领凝聚合力。”")
    # A set phrase or a pronoun names nobody.
    found = find_persons("以习近平同志为核心的党中央。", frozenset())
    assert all(p.rule != "person.comrade" for p in found)
    assert posts("这位同志很好,那位同志也好。") == {}


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # The term of a body before its short name, or before a title naming its body.
        ("十届区政协主席黄棋泰代表常务委员会作工作报告。", [("主席", "区政协")]),
        ("陈伟锋当选为新一届政协主席。", [("主席", "政协")]),
        ("湛江市第十三届人大代表吴康秀出席。", [("人大代表", "湛江市人大")]),
        (
            "县十六届人大代表、钟管镇党委书记施震海说。",
            [("人大代表", "县人大"), ("党委书记", "钟管镇党委")],
        ),
    ],
)
def test_the_term_of_a_body_is_not_part_of_its_name(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert next(iter(posts(sentence).values())) == expected


def test_newly_elected_before_a_body_is_no_part_of_it_and_the_chain_goes_on() -> None:
    got = posts("徐闻县委书记、新当选徐闻县人大常委会主任梁权财给新当选的县长吴康秀颁发证书。")
    assert got["梁权财"] == [("书记", "徐闻县委"), ("主任", "徐闻县人大常委会")]
    assert got["吴康秀"] == [("县长", "县政府")]


def test_a_former_post_written_with_a_modifier() -> None:
    got = posts("在省老促会副会长、原福建省委党校常务副校长李青藻带领下调研。")
    assert ("原常务副校长", "福建省委党校") in got["李青藻"]


def test_an_office_is_not_a_name() -> None:
    assert posts("该镇童装办负责人说。") == {}
    got = posts("副县长王少华、商务局(粮食局、招商局)党委书记、局长吕海清等相关领导出席。")
    assert set(got) == {"王少华", "吕海清"}
    assert ("相关领导", None) not in got["吕海清"]


def test_leaders_concerned_are_persons_with_no_post() -> None:
    text = "赵立华、叶建宏等萧山区相关领导参加。"
    assert {fp.name.name: fp.posts for fp in find_persons(text, frozenset())} == {
        "赵立华": (),
        "叶建宏": (),
    }


def test_a_word_in_quotes_after_a_title_is_not_a_name() -> None:
    assert posts("“委员通道”集中采访活动开启。") == {}


def test_leaders_listed_after_a_bare_leaders_word() -> None:
    found = posts("地区和林业集团公司领导李金龙、赵清、吕英出席。")
    assert found == {n: [("领导", None)] for n in ("李金龙", "赵清", "吕英")}
    # 领导 before a word is no list of leaders.
    assert posts("坚持四大班子主要领导包片区、分管领导牵头招商组。") == {}
    assert posts("要提高领导能力和水平。") == {}
    assert posts("老领导周云祥、朱钦苗出席。") == {
        "周云祥": [("老领导", None)],
        "朱钦苗": [("老领导", None)],
    }


def test_leaders_of_a_place_before_deng_are_of_its_level() -> None:
    found = posts("周玉凡、李国军、刘家豪等邵东市领导出席。")
    assert found == {n: [("市领导", None)] for n in ("周玉凡", "李国军", "刘家豪")}
    found = posts("县领导王洲嫔、雷永发、肖觉平、京海华等分别陪同。")
    assert "京海华" in found  # 京, a rare surname, in a list after a title


def test_the_sessions_presidium_listed_before_deng() -> None:
    found = posts("张成亮、邹建勋、张海涛等其他大会主席团成员在主席台就座。")
    assert found == {n: [("主席团成员", "大会")] for n in ("张成亮", "邹建勋", "张海涛")}


def test_a_name_opening_with_a_word_is_one_before_punctuation_or_deng() -> None:
    assert "黄金锡" in posts("县领导黄金锡、张健出席。")
    assert "党建凯" in posts("县委副书记、县长党建凯等县四大班子领导出席。")
    # 指阳乡长丰村党支部书记: 长丰村 is a village; 乡长 丰村 no post and name.
    found = posts("指阳乡长丰村党支部书记黄新庆说。")
    assert "丰村" not in found and "黄新庆" in found


def test_what_stands_before_a_body_without_being_its_name() -> None:
    # A caption's bullet, and 向 (to): the body is what follows.
    assert posts("▲县委书记赵亮宣布重点项目集中开工。") == {"赵亮": [("书记", "县委")]}
    assert posts("副市长高庆丰向市发改委负责人朱立洲发问。")["朱立洲"] == [("负责人", "市发改委")]
    assert posts("省工信厅副厅长江明成来我县调研。") == {"江明成": [("副厅长", "省工信厅")]}


def test_names_then_their_shared_title_a_clause_of_its_own() -> None:
    found = posts("黄勇部长,王洪涛、陈畴镛委员,周世锋、潘毅刚特约研究员等参加。")
    assert found == {
        "黄勇": [("部长", None)],
        "王洪涛": [("委员", None)],
        "陈畴镛": [("委员", None)],
        "周世锋": [("特约研究员", None)],
        "潘毅刚": [("特约研究员", None)],
    }
    # A town's name before its title is no person.
    assert posts("会上,戴南镇镇长,发表讲话。") == {}


def test_xiang_inside_a_place_and_cun_inside_a_name() -> None:
    assert posts("衢江区向阳镇镇长张三主持会议。") == {"张三": [("镇长", "衢江区向阳镇")]}
    assert "李村生" in posts("李村生书记,王五委员等参加。")


def test_names_before_the_leaders_of_several_bodies() -> None:
    text = "许庆一、汪川文、王绪桔等县委、县人大、县政府、县政协领导出席会议。"
    assert posts(text) == {n: [("领导", None)] for n in ("许庆一", "汪川文", "王绪桔")}
    # …but not before a list of words that are no bodies.
    assert all(not p for p in posts("许庆一、汪川文等交通、水利领导出席。").values())


def test_names_elected_respectively() -> None:
    text = "张亮驰、陈冬玲分别当选为人大主席和副主席;梁钊俊当选为镇长。"
    found = posts(text)
    assert found["张亮驰"] == [("主席", "人大")] and found["陈冬玲"] == [("副主席", "人大")]
    # A title naming its own body keeps it (县长 of the 县政府, not of the 县委).
    found = posts("王建国、李明华分别任县委书记、县长。")
    assert found == {"王建国": [("书记", "县委")], "李明华": [("县长", "县政府")]}
    # As many names as posts, or none is paired.
    assert "王建国" not in posts("王建国、李明华分别任县委书记、县长、县委副书记。")


def test_a_body_named_with_its_term_or_level_twice() -> None:
    assert posts("新一届人大主席张亮驰表示。") == {"张亮驰": [("主席", "人大")]}
    assert posts("恩施州州委常委王磊出席。") == {"王磊": [("常委", "恩施州委")]}
    assert posts("自治区党委组织部部务会成员王波出席。") == {
        "王波": [("部务会成员", "自治区党委组织部")]
    }


def test_where_a_name_ends_before_a_verb_or_a_word() -> None:
    assert list(posts("州外事办主任郭路反馈了督查情况。")) == ["郭路"]
    assert list(posts("政协主席古丽努尔·阿布勒以及部分代表视察。")) == ["古丽努尔·阿布勒"]
    assert list(posts("副主任阿依肯·阿斯拉汗代表发言。")) == ["阿依肯·阿斯拉汗"]
    assert list(posts("主任沙恒别克·贾那提别克出席。")) == ["沙恒别克·贾那提别克"]


def test_a_word_before_a_title_is_no_name() -> None:
    assert posts("听取了村党组织书记对佛山村的介绍。") == {}
    assert list(posts("集团党委书记、董事长张林表达。")) == ["张林"]


def test_a_cppcc_members_sector_and_an_alumni_association() -> None:
    assert posts("区政协少数民族界别委员、蒋堂镇中心小学高级教师雷黎出席。") == {
        "雷黎": [("委员", "区政协"), ("高级教师", "蒋堂镇中心小学")]
    }
    assert posts("区政协侨联界别委员、区欧美同学会会长王剑波出席。") == {
        "王剑波": [("委员", "区政协"), ("会长", "区欧美同学会")]
    }


def test_names_before_the_governments_leaders() -> None:
    found = posts("市长徐文光、市人大常委会主任居亚平等衢州政府领导一行出席。")
    assert ("政府领导", None) in found["居亚平"]


def test_a_counted_list_of_names_after_a_verb() -> None:
    text = "今年,我市聘请陈克复、谭建荣、郑裕国、杨德仁、任其龙、郑津洋6位院士担任首席科学家。"
    found = posts(text)
    assert set(found) == {"陈克复", "谭建荣", "郑裕国", "杨德仁", "任其龙", "郑津洋"}
    assert found["郑裕国"] == [("院士", None), ("首席科学家", None)]
    # A count that is not the list's length says nothing of it.
    assert posts("我市聘请陈克复、谭建荣、郑裕国5位院士担任首席科学家。") == {}


def test_review_fixes_of_the_twenty_fourth_session() -> None:
    # A name opening with a word (高新) is still a name before a title.
    assert posts("五洲纸业公司的高新华总经理告诉记者。") == {"高新华": [("总经理", "五洲纸业公司")]}
    # 分别 pairs posts joined only where a title ends (not 经济和信息化局).
    assert posts("王建国、李明华分别任区经济和信息化局局长和副局长。") == {
        "王建国": [("局长", "区经济和信息化局")],
        "李明华": [("副局长", "区经济和信息化局")],
    }
    # 与会 is no word here; 开工 inside a body's name cuts nothing (集中开工 in a caption does).
    assert posts("市商务局与会展中心主任张三出席。") == {"张三": [("主任", "会展中心")]}
    assert posts("县重点项目开工建设指挥部指挥长张三出席。") == {
        "张三": [("指挥长", "县重点项目开工建设指挥部")]
    }
    assert list(posts("副主任阿尔斯兰·马、张三出席。")) == ["阿尔斯兰·马", "张三"]


def test_a_given_name_may_end_in_zhi() -> None:
    """张俊之: 之 closes a two-character given name as it opens one (张之良)."""
    assert posts("莘县县委副书记张俊之、副县长贾相云出席。") == {
        "张俊之": [("副书记", "莘县委")],
        "贾相云": [("副县长", "县政府")],
    }
    assert posts("仪式由公司技术顾问姜鹄主持。") == {"姜鹄": [("技术顾问", "公司")]}


def test_a_bare_name_before_tongzhi_in_a_sentence_with_no_title() -> None:
    assert list(posts("会上,孟令杰同志作了大会筹备工作情况的报告。")) == ["孟令杰"]


def test_a_place_and_a_qualifier_inside_a_groups_title() -> None:
    found = posts("汪培欣、汪春萍等婺源县四套班子在家领导参加仪式。")
    assert found == {"汪培欣": [("县四套班子领导", None)], "汪春萍": [("县四套班子领导", None)]}
    assert posts("王明、李强等邵东市领导参加仪式。")["李强"] == [("市领导", None)]


def test_posts_held_after_de_shi_and_after_tongshi_jianren() -> None:
    found = posts("担任本次大会执行主席的是:何献春、张泽忠、李八一。")
    assert found == {n: [("执行主席", "本次大会")] for n in ("何献春", "张泽忠", "李八一")}
    found = posts("陈海涛当选为村党支部书记同时兼任国安寺村村委会主任。")
    assert found == {"陈海涛": [("党支部书记", "村"), ("村委会主任", "国安寺村")]}


def test_a_county_written_twice_before_its_bureau() -> None:
    found = posts("柏乡县县发改局局长付凌智出席。")
    assert found == {"付凌智": [("局长", "柏乡县发改局")]}
    # …but the county town's centre keeps its 县城.
    assert posts("开化县县城建设中心主任王明出席。") == {"王明": [("主任", "开化县县城建设中心")]}


def test_titles_and_words_of_the_fifteenth_batch() -> None:
    assert posts("杜鑫、段洪涛、许喜林等县上领导参加开工仪式。")["许喜林"] == [("县上领导", None)]
    # 博士 is a degree, in the chain of a professor's posts.
    assert posts("邢台学院教授、博士张亚强参加调研。") == {"张亚强": [("教授", "邢台学院")]}
    assert posts("秘书长王雪姣,会员桑秀峰、董晓丹参加调研。")["董晓丹"] == [("会员", None)]
    assert "绳建廷" in posts("巨鹿县领导孙保祥、郑更须、绳建廷、王彪出席。")
    assert posts("临西县相关负责人向大家介绍该县情况。") == {}
    assert posts("该镇中层干部,全体包村干部,各村负责人参加会议。") == {}
    assert posts("下面,我们先请临西县委副书记、县长黄会安介绍相关情况。") == {
        "黄会安": [("副书记", "临西县委"), ("县长", "县政府")]
    }


def test_words_that_look_like_names_in_the_sixteenth_batch() -> None:
    # 来 (come) and a place, not a name 来新昌; a real 来 with a given name stays.
    assert posts("县委书记李宁感谢各位市级老领导来新昌考察指导工作。") == {
        "李宁": [("书记", "县委")]
    }
    assert posts("市长来宏调研。") == {"来宏": [("市长", "市政府")]}
    # 向 (to) and a place's body (武义开发区), not a name 向武义; a real 向 stays.
    assert posts("企业负责人向武义开发区工作人员表达诉求。") == {}
    assert posts("县委书记向阳主持会议。") == {"向阳": [("书记", "县委")]}
    # After 县长, the rest of a town's name (长涂镇) and its body.
    assert list(posts("岱山县长涂镇党委书记杨岱斌介绍。")) == ["杨岱斌"]
    assert posts("三门城西村八任书记荣登“中国好人榜”。") == {}
    # 补选 appoints as 任命 does; a city's short name before its county adds nothing.
    assert posts("补选陈增聪、赵富春为县十六届人大常委会委员。")["赵富春"] == [
        ("委员", "县人大常委会")
    ]
    assert posts("衢州常山县委书记金运成出席。") == {"金运成": [("书记", "常山县委")]}


def test_a_rank_before_a_title_and_a_post_spoken_as() -> None:
    assert posts("省工商局正厅级巡视员吴干冰出席。") == {"吴干冰": [("正厅级巡视员", "省工商局")]}
    found = posts("作为浙江省衢州市常山县的县委书记,叶美峰头上不断添出的白发。")
    assert found == {"叶美峰": [("书记", "县委")]}
    assert posts("作为县委书记,要带头落实。") == {}


def test_a_counted_list_takes_the_post_after_danren() -> None:
    found = posts("我市聘请陈克复、谭建荣、郑津洋3位院士担任6大产业链首席科学家。")
    assert found["谭建荣"] == [("院士", None), ("首席科学家", None)]


def test_names_and_posts_of_the_seventeenth_batch() -> None:
    # 代 is a surname (代远洋), but 代表 and 代理 are words.
    assert posts("安华镇湖头村驻村干部代远洋(中)走访村民。") == {
        "代远洋": [("驻村干部", "安华镇湖头村")]
    }
    assert posts("县长代表县政府作报告。") == {}
    # A count of places qualifies the group: 等两区三县四套班子主要领导.
    found = posts("考察期间,吴智勇、陆为民等两区三县四套班子主要领导分别会见代表团。")
    assert found == {n: [("四套班子主要领导", None)] for n in ("吴智勇", "陆为民")}
    assert list(posts("詹大姐名叫詹萍,曾是驻村干部。")) == ["詹萍"]
    assert posts("受集团郭文叁董事长的委托,副总经理李顺安致辞。")["郭文叁"] == [("董事长", "集团")]
    # 来 and a place's name is no name unless a visit follows (来和平 is one).
    assert "来和平" in posts("管委会副主任来和平进行推介。")


def test_a_body_after_de_you() -> None:
    found = posts("应邀出席会议并在主席台上就座的有市委书记洪嘉祥。")
    assert found == {"洪嘉祥": [("书记", "市委")]}


def test_a_word_joined_to_a_title_is_no_name() -> None:
    """领导班子和常务委员: 班子 is a word, so 班子和 is no name before 常务委员."""
    assert posts("选举产生十届县政协领导班子和常务委员,要做到不辜负群众的信任。") == {}
    assert posts("会上,县政协领导,王子和常务委员,表示支持。") != {}


def test_a_quoted_business_name_before_its_ending_is_the_org() -> None:
    text = "日前,柯城区沟溪乡余东村“余家大院”农家乐老板陈堂珠还在回味。"
    assert posts(text) == {"陈堂珠": [("老板", "“余家大院”农家乐")]}


def test_the_owner_of_a_guesthouse() -> None:
    assert posts("民宿老板娘陈小红说。") == {"陈小红": [("老板娘", None)]}


def test_a_deputy_named_before_the_word() -> None:
    """俞小军代表说: a deputy to the congress; 家长代表说, 农民代表说: no name."""
    assert posts("会上,俞小军代表说,要加快发展。") == {"俞小军": [("代表", None)]}
    assert posts("雷樟荣代表是奎塘畈村党支部书记。")["雷樟荣"][0] == ("代表", None)
    for group in ("家长", "农民", "师生", "商户", "企业"):
        assert posts(f"会上,{group}代表说,要加快发展。") == {}


def test_a_young_cadre_and_a_village_road_chief() -> None:
    assert posts("区经信局青年干部汪迎归表示,要推进产业发展。") == {
        "汪迎归": [("青年干部", "区经信局")]
    }
    assert posts("是党支部书记、村级路长俞志金。")["俞志金"][1] == ("村级路长", "村")
    assert posts("保护黄河长江流域生态。") == {}


def test_a_name_before_its_title_then_leading_a_visit() -> None:
    text = "4月10~14日,省咨询委张鸿铭副主任带队赴丽水市开展课题调研。"
    assert posts(text) == {"张鸿铭": [("副主任", "省咨询委")]}


def test_a_leadership_team_and_a_speech_before_an_org() -> None:
    text = "集团公司领导班子成员虞岳明、吴敏陪同。"
    assert posts(text) == {
        "虞岳明": [("领导班子成员", "集团公司")],
        "吴敏": [("领导班子成员", "集团公司")],
    }
    text = "县委书记董旭斌首先在致词中对中国航天系统科学与工程研究院党委书记郭京朝一行表示欢迎。"
    assert posts(text)["郭京朝"] == [("党委书记", "中国航天系统科学与工程研究院")]


def test_a_given_name_closed_by_hui() -> None:
    assert posts("县政协主席郑尚会作工作报告。") == {"郑尚会": [("主席", "县政协")]}
    assert list(posts("县长张三会见了客商。")) == ["张三"]


def test_successive_chairs_held_the_post_before() -> None:
    found = posts("会议开幕,历届县政协主席李先琦、徐小力出席。")
    assert found == {"李先琦": [("原主席", "县政协")], "徐小力": [("原主席", "县政协")]}


def test_a_name_before_its_title_then_arriving() -> None:
    text = "特别是按照去年省委车俊书记到集团考察时重要指示要求,进一步加大投入。"
    assert posts(text) == {"车俊": [("书记", "省委")]}


def test_a_letters_salutation_and_a_name_after_le_before_its_title() -> None:
    assert posts("徐亿雄委员:") == {"徐亿雄": [("委员", None)]}
    assert posts("聆听了苏荣书记所作的党代会报告后,他很受鼓舞。") == {"苏荣": [("书记", None)]}
    # Only a name opening the line is greeted: 报告中的委员: is no salutation.
    assert posts("为全县政协委员展示自我、提升能力搭建了大平台。") == {}


def test_two_names_each_before_its_title_then_a_verb() -> None:
    text = "集团将贯彻落实省委易炼红书记、王浩省长调研集团时的指示。"
    assert posts(text) == {"易炼红": [("书记", "省委")], "王浩": [("省长", "省政府")]}
    # A chain of one person's posts stays one person's.
    assert posts("县委常委、组织部长王浩出席。") == {
        "王浩": [("常委", "县委"), ("部长", "县委组织部")]
    }


def test_the_end_of_a_bodys_word_before_a_title_is_no_name() -> None:
    text = "金华市重点建设项目领导小组办公室负责人介绍,7日的集中开工活动是个缩影。"
    assert posts(text) == {}


def test_a_name_ends_before_canhui_and_yikouqi() -> None:
    text = "县领导王绍金、吴小军参会。"
    assert posts(text) == {"王绍金": [("县领导", None)], "吴小军": [("县领导", None)]}
    assert posts("镇党委书记杨杰一口气走完了全镇10个行政村。") == {"杨杰": [("党委书记", "镇党委")]}


def test_a_member_suggesting_and_one_deputy_of_a_counted_group() -> None:
    assert posts("朱宏委员建议,完善招商工作机制。") == {"朱宏": [("委员", None)]}
    # …speaking (发言), perhaps on behalf of a party's branch.
    assert posts("钱凌霄委员代表民建玉环支部发言,她说。") == {"钱凌霄": [("委员", None)]}
    assert posts("江德海委员作大会发言。") == {"江德海": [("委员", None)]}
    assert posts("赖育民等十位代表:") == {"赖育民": [("代表", None)]}
    assert posts("赖育民等人参加。") == {}


def test_a_list_of_members_after_our_school_with_di_inside_a_name() -> None:
    text = "我校潘海天、邱地海、吴锡标、朱益民等七名政协委员参加了会议。"
    assert sorted(posts(text)) == sorted(["潘海天", "邱地海", "吴锡标", "朱益民"])
    # Outside a list, 地 is a particle: 高效地完成 names no one.
    assert posts("县长高效地完成了任务。") == {}


def test_names_joined_to_the_group_of_officials_they_are_among() -> None:
    text = "黄锦朝、陶诚华及有关市领导出席。"
    assert posts(text) == {"黄锦朝": [("市领导", None)], "陶诚华": [("市领导", None)]}
    assert posts("企业家代表及有关县领导出席。") == {}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("由省监察厅副厅长鲍秀英带队的省督查组来到江山。", {"鲍秀英": [("副厅长", "省监察厅")]}),
        ("省经贸厅厅长李明出席。", {"李明": [("厅长", "省经贸厅")]}),
    ],
)
def test_province_departments_named_by_their_ending(sentence: str, expected: dict) -> None:
    # A province's department (…厅) is the body of the post after it.
    assert posts(sentence) == expected


def test_places_and_the_verb_ren_after_a_title_are_no_names() -> None:
    # 任 (to serve as) before a place's body, a level of government (设区市, 省级) or a
    # place's own character (长安坂) after a title: no name.
    assert posts("杨秀清从莲都区区长任缙云县委书记。") == {}
    assert posts("由县(市、区)委书记任设区市副市长的3人。") == {}
    assert posts("由县委书记任省级产业集聚区管理委员会主任的两人。") == {}
    assert posts("主线终点位于长台镇长安坂。") == {}
    assert posts("中小学校教师宿舍提升改造工程也已完工投用。") == {}
    # A real 任 after a title stays.
    assert posts("县委副书记任建华主持会议。") == {"任建华": [("副书记", "县委")]}


def test_a_chief_adviser_of_a_company() -> None:
    assert posts("雪峰集团董事局主席、磐安华仙国药文化城有限公司总顾问童四鹤致辞。") == {
        "童四鹤": [("主席", "雪峰集团董事局"), ("总顾问", "磐安华仙国药文化城有限公司")]
    }


@pytest.mark.parametrize(
    "sentence",
    ["以叶美峰书记为班长的县委作出承诺。", "在叶美峰书记的带领下,全县干部奋力拼搏。"],
)
def test_a_name_before_its_title_in_a_phrase_of_leading(sentence: str) -> None:
    assert posts(sentence) == {"叶美峰": [("书记", None)]}


def test_a_place_before_a_title_is_no_name() -> None:
    assert posts("日前,兰巨乡班子成员到官浦垟村开展座谈会。") == {}


def test_another_persons_title_and_a_conjunction_end_before_the_body() -> None:
    text = "浙江头门港投资开发有限公司负责人和头门港经济开发区管委会党工委书记蔡永波发言。"
    assert posts(text) == {"蔡永波": [("党工委书记", "头门港经济开发区管委会")]}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("高标准建设城市旅游景区。徐利水参加。", {"徐利水": []}),
        ("徐益海、周仲伟参加。", {"徐益海": [], "周仲伟": []}),
        ("滕恩良、张明凯参加审议。", {"滕恩良": [], "张明凯": []}),
        ("胡军及陈国军参加。", {"胡军": [], "陈国军": []}),  # the last name after 及
        ("邱旭平、王拥军和卢肖霄参加。", {"邱旭平": [], "王拥军": [], "卢肖霄": []}),
        ("黄和庆参加。", {"黄和庆": []}),  # 和 inside a name
        # A headline's names written with no mark, cut one way only, and no full stop.
        (
            "县党政考察团赴外地考察学习 黄海峰带队 董文吉刘小松郑志光参加",
            {"董文吉": [], "刘小松": [], "郑志光": []},
        ),
        ("王强李明参加。", {"王强": [], "李明": []}),
        # …but no names, no persons.
        ("企业代表参加。", {}),
        ("全体干部参加。", {}),
    ],
)
def test_bare_names_closing_a_sentence_with_attending(sentence: str, expected: dict) -> None:
    assert posts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("总经理励小伟告诉记者,公司正在加快。", {"励小伟": [("总经理", None)]}),
        ("园长周玉芳相告,分园的管理一致。", {"周玉芳": [("园长", None)]}),
        (
            "高敦新材料科技有限公司法人代表余麟逸建议,组建物流。",
            {"余麟逸": [("法人代表", "高敦新材料科技有限公司")]},
        ),
        ("仙阳镇选源村支委陈春寿说,村里成立了专班。", {"陈春寿": [("支委", "仙阳镇选源村")]}),
        ("市教育局总督学徐雪斌出席。", {"徐雪斌": [("总督学", "市教育局")]}),
        ("省第三监狱监狱长姜国云出席。", {"姜国云": [("监狱长", "省第三监狱")]}),
        ("丽水市卫健委公共卫生总师季巧英出席。", {"季巧英": [("公共卫生总师", "丽水市卫健委")]}),
        (
            "玉环未来新城开发建设指挥部第一副指挥杨良强出席签约仪式。",
            {"杨良强": [("第一副指挥", "玉环未来新城开发建设指挥部")]},
        ),
        # 有关 and 留下 after a name are no part of it.
        ("听取了副市长吕军有关新区发展的介绍。", {"吕军": [("副市长", "市政府")]}),
        ("给县文化馆馆长王群留下了深刻印象。", {"王群": [("馆长", "县文化馆")]}),
        ("给水公司总经理王明出席。", {"王明": [("总经理", "给水公司")]}),  # 给 opening a name
        ("九三学社中央副主席葛均波出席。", {"葛均波": [("副主席", "九三学社中央")]}),
        ("项目质量员刘晓平介绍,目前已完成七成。", {"刘晓平": [("质量员", None)]}),
        ("市教育局教研室主任江雷参加。", {"江雷": [("主任", "市教育局教研室")]}),
        ("省人大常委会副主任姒健敏来我市调研。", {"姒健敏": [("副主任", "省人大常委会")]}),
        (
            "县政协委员、苏杭律师事务所律师宋慧琴说。",
            {"宋慧琴": [("政协委员", "县政协"), ("律师", "苏杭律师事务所")]},
        ),
        ("浙江某某律师事务所主任王建国说。", {"王建国": [("主任", "浙江某某律师事务所")]}),
        ("鼓励小微企业发展。", {}),  # 励 inside a word
        ("施工人员王二强忙个不停。", {"王二强": []}),  # a person, no post
        ("施工人员正铆足干劲加紧施工。", {}),
        (
            "今天邀请到的是象山县委常委、常务副县长、新闻发言人吴志辉。",
            {
                "吴志辉": [
                    ("常委", "象山县委"),
                    ("常务副县长", "县政府"),
                    ("新闻发言人", "县政府"),
                ]
            },
        ),
    ],
)
def test_more_titles_and_surnames(sentence: str, expected: dict) -> None:
    assert posts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "并深入了解土地性质、规划用途及周边居民居住等情况,实地察看各个地块。",
        "在各级领导的关心支持和遂昌党员干群的不懈努力下,苏村已焕发出全新面貌。",
        "原来,客商原本打算在江根隔壁的寿宁县种植白茶。",  # 原本 (at first): no 原 surname
    ],
)
def test_words_after_a_descriptor_are_no_names(sentence: str) -> None:
    assert posts(sentence) == {}


def test_a_letters_salutation_after_a_pages_colon_line() -> None:
    text = "发布时间: 2024- 07- 03 17: 41 浏览次数:毛正浩委员:您在会上提出的提案收悉。"
    assert posts(text) == {"毛正浩": [("委员", None)]}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("青年企业家代表徐甲说,如今丽水正在建设。", {"徐甲": []}),
        ("青瓷行业协会代表李震说:“讲话如春风。”", {"李震": []}),
        # A delegate named by their delegation.
        ("第五代表团的吴凌冰说,这个定位可以引申。", {"吴凌冰": []}),
        ("第一代表团的李红感到非常高兴。", {"李红": []}),
        # A bare 代表 opening the sentence, and several names before the verb.
        ("代表郑贤跑建议,苍南要积极对接全省“四区”建设。", {"郑贤跑": [("代表", None)]}),
        # (a bare 代表 opening a clause: a deputy, whose congress the article gives)
        ("在衢山代表团,代表王建军提出,衢山的发展离不开交通。", {"王建军": [("代表", None)]}),
        ("来自江口街道的代表欧锡娟感叹道。", {"欧锡娟": []}),
        # A deputy named first, after a 、 closing a document's title.
        (
            "完善管理机制的议案》、马凌代表提出的《关于制定行动方案的建议》。",
            {"马凌": [("代表", None)]},
        ),
        ("来自企业界的代表黄友良、范叔沙认为,当前要抢抓机遇。", {"黄友良": [], "范叔沙": []}),
        ("第六代表团吴学明是一家食品企业的老板。", {"吴学明": []}),
        ("各代表团的代表说,报告很好。", {}),
        # …but 代表 before no name, or as a verb, names nobody.
        ("广大企业代表纷纷表示支持。", {}),
        ("他代表全体员工表示感谢。", {}),
    ],
)
def test_a_name_after_a_groups_representative(sentence: str, expected: dict) -> None:
    assert posts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("贺小丰、潘颖委员分别作了题为《X》的发言。", {"贺小丰": ["委员"], "潘颖": ["委员"]}),
        ("王洪涛、陈畴镛委员建议加快进度。", {"王洪涛": ["委员"], "陈畴镛": ["委员"]}),
        # A place and a name before a title and a verb: no list of persons.
        ("县委、县政府领导分别讲话。", {}),
    ],
)
def test_names_sharing_a_title_then_a_verb(sentence: str, expected: dict) -> None:
    found = {name: [role for role, _ in found] for name, found in posts(sentence).items()}
    assert found == expected


def test_a_place_opening_with_chang_is_no_head_of_the_place_before() -> None:
    # 湖州市长兴县, 开化县长虹乡: 长 opens the next place (but 衢州市长汤飞帆 is the mayor).
    assert posts("湖州市长兴县委书记王建国出席。") == {"王建国": [("书记", "湖州市长兴县委")]}
    assert posts("开化县长虹乡党委书记王建国出席。") == {
        "王建国": [("党委书记", "开化县长虹乡党委")]
    }
    assert posts("衢州市长汤飞帆出席。") == {"汤飞帆": [("市长", "衢州市政府")]}


def test_a_list_of_names_each_before_its_title_then_who_came() -> None:
    # ORG NAME TITLE items, listed, then 等领导出席: each title is its own holder's.
    found = posts(
        "祥生集团陈国祥董事长、周伟刚董事、祥生小镇执行总裁郭亚,以及南浔区财政局何琪虎局长、"
        "城南指挥部孙国华总指挥等领导出席了签约仪式。"
    )
    assert found == {
        "陈国祥": [("董事长", "祥生集团")],
        "周伟刚": [("董事", None)],  # (the body named before it, when resolved)
        "郭亚": [("执行总裁", "祥生小镇")],
        "何琪虎": [("局长", "南浔区财政局")],
        "孙国华": [("总指挥", "城南指挥部")],
    }
    # A body before its title in such a list is no person.
    assert "区委" not in posts("区委副书记、区纪委书记等领导出席。")


def test_a_list_of_leaders_takes_whole_items_at_both_ends() -> None:
    # The first item after a group post, and the last before 出席, whole, though their
    # characters are seldom a given name's (党其, 与滨).
    found = posts("富阳区领导朱党其、吴玉凤、汤金华等到会祝贺。")
    assert sorted(found) == ["吴玉凤", "朱党其", "汤金华"]
    found = posts("县领导叶祥根、王庆、朱与滨出席会议。")
    assert sorted(found) == ["叶祥根", "朱与滨", "王庆"]
    # …but a word is no item.
    assert posts("县领导班子、各相关部门要积极支持。") == {}


def test_words_before_a_village_title_are_no_village() -> None:
    # 请教村支书, 我找到村支书: the sentence's words, then the title; no village 教村.
    assert posts("我扭头请教村支书董永清。") == {"董永清": [("村支书", None)]}
    assert posts("我找到村支书董永清。") == {"董永清": [("村支书", None)]}
    assert posts("余东村支书董永清说。") == {"董永清": [("村支书", "余东村")]}


def test_a_choice_before_the_posts_is_no_part_of_the_body() -> None:
    found = posts("会议推选区委书记高峰为代表团团长。")
    assert found["高峰"][0] == ("书记", "区委")


def test_a_new_term_is_no_part_of_the_body() -> None:
    found = posts("新一届马畈村党支部书记邵鹏说。")
    assert found == {"邵鹏": [("党支部书记", "马畈村")]}


def test_a_committees_department_after_its_committee_keeps_the_committee() -> None:
    found = posts("南平市委常委、统战部长庄莉出席。")
    assert found == {"庄莉": [("常委", "南平市委"), ("部长", "南平市委统战部")]}
    # …a government's department keeps its division only.
    found = posts("宜春市委副秘书长、发改局局长王建国出席。")
    assert found["王建国"][1] == ("局长", "宜春市发改局")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The list's first name glued to the clause's words before it.
        (
            "并勉励叶敏红、刘春生、丁红斌、刘玉青等竞赛教练要增强荣誉感。",
            {"叶敏红": [], "刘春生": [], "丁红斌": [], "刘玉青": []},
        ),
        (
            "促成这一切的,正是邵鹏、钱江、陈三弟、胡煜峰等新老村干部。",
            {"邵鹏": [], "钱江": [], "陈三弟": [], "胡煜峰": []},
        ),
        # Names counted as what they are (3户贫困户), and two names closed by 等 and a
        # word of persons.
        (
            "孙勇先后走访慰问了张明花、查跃生、查子元3户贫困户。",
            {"张明花": [], "查跃生": [], "查子元": []},
        ),
        ("曹高峻、李慧等会员当选为瑞安市出席温州市代表。", {"曹高峻": [], "李慧": []}),
        # …but not a post's holder (which the post's rules read), nor a compound surname.
        (
            "副主席王韬、胡文明、曹佩红在主席台就座。",
            {
                "王韬": [("副主席", None)],
                "胡文明": [("副主席", None)],
                "曹佩红": [("副主席", None)],
            },
        ),
        ("王强、李明等中药材", {}),
        ("黄精、白芍、杜仲等中药材。", {}),
    ],
)
def test_a_list_of_names_glued_counted_or_closed_by_a_word_of_persons(
    sentence: str, expected: dict
) -> None:
    assert posts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("随后与致富带头人金新华、贫困户代表吴相莉围坐在一起。", {"金新华": [], "吴相莉": []}),
        ("2018年4月,青年歌唱家林婉露当年首支单曲在全网发行。", {"林婉露": []}),
        ("2011年,北京大学工商管理硕士吴志轩将老宅改造成民宿。", {"吴志轩": []}),
        ("2015年,全国优秀景观设计师马志刚来到思溪村。", {"马志刚": []}),
        (
            "县领导齐力、周海静、施建华与企业家代表郭建君、李新富、王立勇等参加座谈。",
            {
                "齐力": [("县领导", None)],
                "周海静": [("县领导", None)],
                "施建华": [("县领导", None)],
                "郭建君": [],
                "李新富": [],
                "王立勇": [],
            },
        ),
        ("要让企业家安心发展、放心投资。", {}),  # 企业家 alone is a word, not a cue
        ("林军又走访了保加利亚华侨章利民创办的侨资企业。", {"章利民": []}),
        ("张平向企业负责人卓成询问企业生产经营情况。", {"卓成": [("负责人", "企业")]}),
        ("专班成员全程跟踪服务,为企业解决难题。", {}),  # 全程 (all the way): no name
        (
            "本期访谈由浙江日报报业集团社长、党委书记姜军对话仙居县委书记崔波。",
            {
                "姜军": [("社长", "浙江日报报业集团"), ("党委书记", "浙江日报报业集团")],
                "崔波": [("书记", "仙居县委")],
            },
        ),
        ("施工方负责人介绍,该项目完工后将改善用水。", {}),  # a party to the works
        ("认真践行县十四届党代会精神要求。", {}),
        ("省人大代表来宜都开展产业集中高质量发展专题视察。", {}),  # 来 (come) and a place
    ],
)
def test_words_of_persons_before_a_name(sentence: str, expected: dict) -> None:
    assert posts(sentence) == expected


def test_a_firms_place_in_brackets_is_part_of_its_name() -> None:
    text = "浙江奥鑫控股集团有限公司董事长孔鑫明、中汽商用汽车有限公司(杭州)董事长郭建君接连发言。"
    assert posts(text) == {
        "孔鑫明": [("董事长", "浙江奥鑫控股集团有限公司")],
        "郭建君": [("董事长", "中汽商用汽车有限公司")],
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("9月11日,浙江仙鹤特种纸有限公司设备部张诚介绍。", {"张诚": []}),
        ("江山市国土资源局王永华等领导一行来到现场。", {"王永华": []}),
        ("中国铁路上海局集团公司杭州站盛益军表示,他将充分利用自身优势。", {"盛益军": []}),
        # …but a title after the body, or a word, names nobody.
        ("公司负责人说,项目进展顺利。", {}),
        ("县办公室表示同意。", {}),
    ],
)
def test_a_bare_name_after_a_bodys_name_before_a_speech_verb(sentence: str, expected: dict) -> None:
    assert posts(sentence) == expected
