"""Project names in the shapes real pages use (names invented)."""

from __future__ import annotations

import pytest

from graph.extract.projects import find_projects


def names(sentence: str) -> list[str]:
    return [p.name for p in find_projects(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An industry's word before 项目 marks one project (graph/data/project_hints.txt).
        ("恒安液流储能项目则是义乌引进的首个新型储能项目。", ["恒安液流储能项目"]),
        ("杨宏实地察看昱宏玩具公司潮玩项目推进情况。", ["昱宏玩具公司潮玩项目"]),
        # A conjunction inside a capacity joins products of one project.
        (
            "此外签约的还有年产3万吨甲醇胺和乙醇胺生产线项目、年产2000台智能变电站生产线项目。",
            ["年产3万吨甲醇胺和乙醇胺生产线项目", "年产2000台智能变电站生产线项目"],
        ),
        (
            "蓝宇新材料公司签订年产4万吨特种保护纸等生产线项目。",
            ["年产4万吨特种保护纸等生产线项目"],
        ),
        # Products listed after one capacity, each with its own amount or none.
        (
            "新公司将上马年产15万吨超细轻钙、5万吨氢氧化钙、10万吨固废再生利用工程项目。",
            ["年产15万吨超细轻钙、5万吨氢氧化钙、10万吨固废再生利用工程项目"],
        ),
        (
            "前往年产5000吨农副产品深加工、肉制品加工、冷链物流生产线项目现场。",
            ["年产5000吨农副产品深加工、肉制品加工、冷链物流生产线项目"],
        ),
        (
            "某某村建设0.5MW水面光伏和0.2MW屋顶光伏项目。",
            ["0.5MW水面光伏和0.2MW屋顶光伏项目"],
        ),
        # …but a project named whole before the 、 stays apart.
        (
            "某某新材料有限公司年产20万吨前驱体项目一期、某某精工有限公司年产50万套轮毂项目先后投产。",
            ["某某新材料有限公司年产20万吨前驱体项目一期", "某某精工有限公司年产50万套轮毂项目"],
        ),
        # A quoted word before 项目 is a slogan's programme, unless a capacity names a plant.
        ("投资开发浙能某某100MW“农光互补”项目。", ["浙能某某100MW“农光互补”项目"]),
        # A size before a facility says how big it is; a project is named with its size.
        ("同步配套建设的10多公顷生态湿地公园已初具雏形。", ["生态湿地公园"]),
        ("推进5万亩低效橘园改造项目。", ["5万亩低效橘园改造项目"]),
        # What the subject is, after 为, is no second project; "for X" still names one.
        ("柯城抽水蓄能电站位于七里乡,为日调节纯抽水蓄能电站。", ["柯城抽水蓄能电站"]),
        ("中来光伏产业园项目作为衢州分会场重大项目正式开工。", ["中来光伏产业园项目"]),
        ("带动三乡联动发展,为龙游县文旅融合试验区建设注入动能。", ["龙游县文旅融合试验区"]),
        # A site, a study or a plan said right after a facility word ends its name.
        ("随后一行来到辉埠片区聚鑫路建设工程现场,询问项目总体情况。", ["辉埠片区聚鑫路建设工程"]),
        ("某某机场民航设施改扩建工程可行性研究报告获批。", ["某某机场民航设施改扩建工程"]),
        # A short name is one project when it is said to open.
        ("去年10月,上珠坂村的离嚣民宿投入使用。", ["离嚣民宿"]),
        # Works named inside …项目 make it one project.
        ("江贺经济走廊整治项目分为两期进行。", ["江贺经济走廊整治项目"]),
        ("推动污水处理厂基础配套提升项目发展。", ["污水处理厂基础配套提升项目"]),
        # 等 in 高等级 is a grade, not the end of a list.
        ("加快建设石华线高等级公路。", ["石华线高等级公路"]),
        # …but two whole projects joined by 和 stay two.
        (
            "签约年产5000吨红茶深加工项目和马金溪康养综合体项目。",
            ["年产5000吨红茶深加工项目", "马金溪康养综合体项目"],
        ),
        # A short quote inside a name, after a capacity or before the facility word.
        ("拟在衢江区打造46兆瓦“农光互补”光伏发电项目。", ["46兆瓦“农光互补”光伏发电项目"]),
        (
            "引进“云墨碳谷”碳材料产业园、水发全竹产业园。",
            ["“云墨碳谷”碳材料产业园", "水发全竹产业园"],
        ),
        # Units above the town and a platform are where a project is, not its name.
        ("仪式在衢州市柯城区沟溪乡碗窑村未来乡村举行。", ["沟溪乡碗窑村未来乡村"]),
        ("分会场设在衢州绿色产业集聚区中来股份光伏产业园项目现场。", ["中来股份光伏产业园项目"]),
        # A project's site (现场) says it is one project.
        ("在智尚万洋众创城建设项目现场,工程车往来穿梭。", ["智尚万洋众创城建设项目"]),
        (
            "一行莅临开化火车站站前片区基础设施配套工程PPP项目现场调研。",
            ["开化火车站站前片区基础设施配套工程PPP项目"],
        ),
        # A facility with its phase, named by its district.
        ("要加快推进衢江港区二期建设。", ["衢江港区二期"]),
        # A bracket right before the facility word: (筹) is part of the name.
        ("由9家模具企业投资的浙西模具城(筹)项目落户廿里。", ["浙西模具城(筹)项目"]),
        ("加快推动六春湖安置小区建设。", ["六春湖安置小区"]),
        # A county stays in the name; the units above a town do not.
        ("开工仪式现场设在常山县锦禾总部综合体项目工地。", ["常山县锦禾总部综合体项目"]),
        ("衢州衢江区莲花镇“月牙儿”湿地公园项目施工现场。", ["莲花镇“月牙儿”湿地公园项目"]),
        # A counted list: A、B等3个…项目.
        (
            "我市“碳一”年产20万吨锂电池材料、吴宇年产15万吨脚手架等3个省市县长工程项目全部开工。",
            ["吴宇年产15万吨脚手架项目", "年产20万吨锂电池材料项目"],
        ),
        ("总投资65.6亿元的“云耕小镇”项目正加速推进。", ["云耕小镇"]),
        ("完成了灌溉渠道——霹雳塘大排渠改造工程的招标。", ["霹雳塘大排渠改造工程"]),
        # 的 inside a capacity name: the product, then its project.
        (
            "日前,吉林省都邦药业有限公司年产1.7亿瓶(袋)大容量注射液剂的项目在开发区动工。",
            ["吉林省都邦药业有限公司年产1.7亿瓶(袋)大容量注射液剂项目"],
        ),
        ("推进白石尖乡村生态度假区项目建设。", ["白石尖乡村生态度假区项目"]),
        # An adverb or a figure may follow a facility's name (project_followers.txt).
        ("总投资15亿元的衢北智慧物流创谷正式开工。", ["衢北智慧物流创谷"]),
        ("云岭未来乡村于2021年4月正式开放。", ["云岭未来乡村"]),
        ("锦川总部综合体总投资18亿元。", ["锦川总部综合体"]),
        # A facility's name called a project, or a status said right after …项目.
        ("鹿角公园项目又称石梁溪河道整治二期。", ["鹿角公园项目"]),
        ("市民健身公园建设项目也将在今年启动。", ["市民健身公园建设项目"]),
        ("在景区一侧,安康护卫苑项目正在施工。", ["安康护卫苑项目"]),
        # An institute is a project only when something builds it.
        ("双方还将合作共建中宁能源(衢州)新能源研究院。", ["中宁能源(衢州)新能源研究院"]),
        ("另一项工程——滨河文化客厅项目也在紧锣密鼓地建设中。", ["滨河文化客厅项目"]),
        # Products listed after one capacity, then one production line.
        ("该项目将上马年产50万纱锭棉纺、化纤色纺生产线。", ["年产50万纱锭棉纺、化纤色纺生产线"]),
        # A road's or railway's section (project.route).
        (
            "续建项目中,杭新景高速开化段年底建成通车;九景衢铁路开化段计划投资10亿元。",
            ["杭新景高速开化段", "九景衢铁路开化段"],
        ),
        ("规划G351国道开化段工程,项目规划建设为一级公路。", ["G351国道开化段工程"]),
        # A short facility word with its investment or status right after it.
        ("寺桥水库总投资25.02亿元。", ["寺桥水库"]),
        # 等 + a status + 项目 still ends a list of projects.
        ("江边游步道、婺剧公园等正在建设的配套项目得抓紧。", ["婺剧公园", "江边游步道项目"]),
        # A company written straight before a project is part of its name; a company
        # that builds it is its subject.
        (
            "投资2.5亿元的浙江同景科技有限公司30兆瓦地面光伏电站项目获批。",
            ["浙江同景科技有限公司30兆瓦地面光伏电站项目"],
        ),
        (
            "吉林省都邦药业有限公司年产1.7亿瓶注射液项目动工。",
            ["吉林省都邦药业有限公司年产1.7亿瓶注射液项目"],
        ),
        ("某某药业有限公司投资建设年产1亿瓶注射液项目。", ["年产1亿瓶注射液项目"]),
        # 正 in a name (正泰, 正极) is no particle; 涵盖 ends the words before a name.
        (
            "产业项目涵盖某杉科技存储产品研发制造基地项目、正泰新能源智能制造基地项目。",
            ["某杉科技存储产品研发制造基地项目", "正泰新能源智能制造基地项目"],
        ),
        # A particle inside the company's name (正导) does not make the name a clause.
        (
            "浙江正导技术股份有限公司通信电缆智能化工厂项目举行签约仪式。",
            ["浙江正导技术股份有限公司通信电缆智能化工厂项目"],
        ),
        (
            "分别是华能某某双苗尖风电场项目、某某二中迁建工程。",
            ["华能某某双苗尖风电场项目", "某某二中迁建工程"],
        ),
        # A verb inside a facility word of the name (服务中心) is the name's.
        ("在某某村党群服务中心综合楼项目现场施工。", ["某某村党群服务中心综合楼项目"]),
        # A road's section from one place to another, with the works done on it.
        ("近日,60省道某山至某畴段改建工程二亭巷段一派忙碌。", ["60省道某山至某畴段改建工程"]),
        ("某某模塑中心大厦项目位于北城街道。", ["某某模塑中心大厦项目"]),
        ("察看了南田镇刘伯温文化园主题场馆。", ["南田镇刘伯温文化园主题场馆"]),
        # A capacity per year (15万吨/年, 20kt/a) opens a plant's name like 年产 does.
        (
            "某中粮油15万吨/年绿色食品精制加工基地项目总投资6.2亿元。",
            ["某中粮油15万吨/年绿色食品精制加工基地项目"],
        ),
        ("建设60万吨/年油料综合利用改扩建项目。", ["60万吨/年油料综合利用改扩建项目"]),
        (
            "某某集团下属浙江某荟新材料有限公司20kt/a聚偏二氯乙烯材料项目开工。",
            ["浙江某荟新材料有限公司20kt/a聚偏二氯乙烯材料项目"],
        ),
        # A lone …工程 with its investment right after it is a project.
        ("当天下午,某兴市应急备用水源(秀湖水库)工程启动。", ["某兴市应急备用水源(秀湖水库)工程"]),
        ("某南大道工程总投资20亿元。", ["某南大道工程"]),
        (
            "开工项目中的某某县城镇生活污水处理设施及管网工程,总投资约3.9亿元。",
            ["某某县城镇生活污水处理设施及管网工程"],
        ),
        # Works on a facility, called 工程, name one project even alone.
        ("建设某某县马蹄岙水电站扩容工程。", ["某某县马蹄岙水电站扩容工程"]),
        # 及 after a phrase with no project word joins the parts of one project…
        ("引入冬虫夏草干鲜草及深加工项目,总投资5亿元。", ["冬虫夏草干鲜草及深加工项目"]),
        (
            "某某县水系连通及水美乡村试点县建设项目总投资1500万元。",
            ["某某县水系连通及水美乡村试点县建设项目"],
        ),
        ("随着某某生态整治及修复二期项目实施,环境改善。", ["某某生态整治及修复二期项目"]),
        # …but not after a project's phase, a place or a bare works word.
        ("推进工业功能区三期及低丘缓坡综合开发项目。", ["低丘缓坡综合开发项目"]),
        ("对衢江及府前未来社区布局智慧城市建设。", ["府前未来社区"]),
        # A quote opening a list item.
        ("进行“两溪”片区柑橘产业提升等3个省部级重大项目。", ["“两溪”片区柑橘产业提升项目"]),
        # Events held at a project's site still name the project.
        ("仪式在云岭村未来乡村举行。", ["云岭村未来乡村"]),
        # A 、-list of names with one ending names each item, even with a plain word (小镇).
        (
            "规划建设青岩小镇、白沙小镇、通用航空小镇,辐射全县。",
            ["青岩小镇", "白沙小镇", "通用航空小镇"],
        ),
        # Items in nested quotes before 等项目; words before a quote stay with it.
        ("已签约的‘云峰绿建’、‘吉安家具制造’等项目。", ["吉安家具制造项目", "云峰绿建项目"]),
        ("加快推进某某江航道“四改三”等项目建设。", ["某某江航道“四改三”项目"]),
        ("打造的‘云舍·溪源’高端民宿项目将在9月底试营业。", ["‘云舍·溪源’高端民宿项目"]),
        # A railway, a bus station, a belt of scenery.
        ("规划中的九景衢铁路将贯穿全村。", ["九景衢铁路"]),
        ("该乡还将投资建设大石城乡公交客运站。", ["大石城乡公交客运站"]),
        # 对接, 打通: verbs before a name; 村里 says where, not which.
        ("主要是对接村里大石农贸市场的建设规划。", ["大石农贸市场"]),
        ("打通龙绕溪绿道、上红线。", ["龙绕溪绿道"]),
        ("结合盈川村未来乡村建设,打造景区。", ["盈川村未来乡村"]),  # 结合 ends the words before
        # A plant's phase named by its product or company, said to be built.
        ("加快推动哲丰新材料二期建成。", ["哲丰新材料二期"]),
        ("常山雨浩轴承有限公司一期已投产。", ["常山雨浩轴承有限公司一期"]),
        # A bracket inside a list item; short items in a list of named projects.
        (
            "此外,甲乙航道、丙丁高速公路戊己至庚辛(浙赣界)段等交通大项目建成后。",
            ["丙丁高速公路戊己至庚辛(浙赣界)段项目", "甲乙航道项目"],
        ),
        (
            "深入甲乙小区、丙丁景观云桥、戊己商业综合体等项目施工现场。",
            ["戊己商业综合体", "丙丁景观云桥项目", "甲乙小区项目"],
        ),
        # A quoted name before a facility word; "a" before a name.
        ("近日,甲乙山海协作“消薄飞地”产业园正式交付。", ["甲乙山海协作“消薄飞地”产业园"]),
        ("企业还将建设一条木铝复合门窗生产线。", ["木铝复合门窗生产线"]),
        # Works on a facility, written without 工程 (graph/data/project_works.txt).
        ("加快人才公寓、甲乙公路改扩建等建设。", ["甲乙公路改扩建"]),
        ("启动甲乙公路(衢州段)拓宽改造,年内完工。", ["甲乙公路(衢州段)拓宽改造"]),
        # A named facility with its phase, its name opening with 新 (also a word of kind).
        (
            "将加快推进新大公路一期工程、甲乙路北段市政景观提升等45个项目的建设。",
            ["甲乙路北段市政景观提升项目", "新大公路一期工程"],
        ),
        ("在某某后头湾,贻贝产业园区一期,有一座现代化生产车间。", ["贻贝产业园区一期"]),
        ("朱某一行实地踏看了甲乙仓储物流及饮料生产线项目现场。", ["甲乙仓储物流及饮料生产线项目"]),
        # Railways by section or extension when said to be built; a campus; a headquarters.
        (
            "甲乙城际西延、甲乙机场高铁丙丁段启动建设、某某职业技术大学丙丁校区二期开工。",
            ["甲乙城际西延", "甲乙机场高铁丙丁段", "某某职业技术大学丙丁校区二期"],
        ),
        ("代表团走访了南太湖新区乐品汇华东运营总部项目。", ["南太湖新区乐品汇华东运营总部项目"]),
        # A slash between two products inside a name.
        (
            "在浙江甲乙智能科技有限公司年产30万套交/直流充电枪总成项目现场,王某实地查看。",
            ["浙江甲乙智能科技有限公司年产30万套交/直流充电枪总成项目"],
        ),
        # A verb followed by 业 names a trade (服务业), it does not cut the name.
        ("大力推进物流园区、服务业基础配套园区的建设。", ["服务业基础配套园区"]),
        # A plot's code with a slash inside the name.
        (
            "分别是甲乙新区单元JG1601-A33/S42-12块36班九年一贯制学校,预计2021年建成。",
            ["甲乙新区单元JG1601-A33/S42-12块36班九年一贯制学校"],
        ),
        # A place after the investor's name is part of the name, not a list's place.
        ("甲乙金华项目总投资9亿元,其中一期投资5.25亿元。", ["甲乙金华项目"]),
        # 新昌 is also a county's short form, but here it opens a township's name.
        ("最近,在常山县新昌乡甲乙村丝瓜络种植基地,村民们在翻土。", ["新昌乡甲乙村丝瓜络种植基地"]),
        # A list closed by 等 and a clause with 的 before its 重大项目.
        (
            "近五年,甲乙化工有机硅、丙丁山泉二期、戊己卫浴等引领产业提升的重大项目相继落地。",
            ["戊己卫浴项目", "丙丁山泉二期项目", "甲乙化工有机硅项目"],
        ),
        # …工程 closing a list when counted (等十大工程); an item with its place in brackets.
        (
            "将实施甲乙商务中心、丙丁提升拓展工程等十大工程建设。",
            ["丙丁提升拓展工程", "甲乙商务中心"],
        ),
        (
            "会上为甲乙商住开发、丙丁高端制造示范中心(戊己园区)等17个项目举行了签约仪式。",
            ["丙丁高端制造示范中心(戊己园区)项目", "甲乙商住开发项目"],
        ),
        # 其中 (of which) is no part of the name.
        ("全长37公里,其中甲乙湾大桥6.7公里。", ["甲乙湾大桥"]),
        # 等企业的…项目: the items before 等 are firms, the project is named after them.
        (
            "拟入驻电池组件制造、电子元器件制造等企业的甲乙装备制造项目进场施工。",
            ["甲乙装备制造项目"],
        ),
        # A name in quotes, then 项目.
        ("总投资1.5亿元的甲乙实业有限公司“丙丁欧美智造园”项目正式开工。", ["丙丁欧美智造园项目"]),
        # 不乏 (there is no lack of) opens the list, it is no part of a name.
        (
            "其中,不乏甲乙年产1000台包装机智造项目、丙丁年产700台印刷设备项目。",
            ["甲乙年产1000台包装机智造项目", "丙丁年产700台印刷设备项目"],
        ),
        # A lone …工程 listed beside another …工程, the list closed by 等.
        (
            "也有甲乙安澜工程、丙丁大道改造工程等满足高品质生活需求的民生项目。",
            ["丙丁大道改造工程", "甲乙安澜工程"],
        ),
        # …工程 after a facility or the works done on it, with a name of its own.
        ("2022年,甲乙水库引水工程实现提前一年正式通水。", ["甲乙水库引水工程"]),
        ("330国道西移工程建成通车。", ["330国道西移工程"]),
        ("启动甲乙路拓宽工程,动员沿路农户退让围墙。", ["甲乙路拓宽工程"]),
        (
            "先后完成小城镇环境综合整治和原县良种场危旧房改造安居工程。",
            ["原县良种场危旧房改造安居工程"],
        ),
        # A verb inside a bracket is the name's own word.
        ("其中包括投资60亿元的甲乙TPA(对苯二甲酸)项目。", ["甲乙TPA(对苯二甲酸)项目"]),
        # A route's extension line; its cost before it is no part of its name.
        ("总投资94.75亿元甲乙高速公路东延线工程已经开工。", ["甲乙高速公路东延线工程"]),
        # A company after 由 is the project's investor, not the name going on.
        (
            "甲乙动物食品添加剂研发生产项目由美国丙丁谷物公司投资建设,总投资8000万美元。",
            ["甲乙动物食品添加剂研发生产项目"],
        ),
        # 就 (regarding) opens no name; an alias in brackets is no part of it.
        ("就甲乙抽水蓄能电站项目下步工作,与区相关部门进行对接安排。", ["甲乙抽水蓄能电站项目"]),
        (
            "位于某镇的甲乙丙混合式抽水蓄能电站(简称丙丁电站)项目正式开工建设。",
            ["甲乙丙混合式抽水蓄能电站", "甲乙丙混合式抽水蓄能电站项目"],
        ),
        # A post earlier in the sentence does not make a list of projects a list of persons;
        # 就 ("on") ends the clause before the first item.
        (
            "5月20日,某县委书记甲乙丙率队就城东、丙丁等重点项目建设情况进行调研。",
            ["丙丁项目", "城东项目"],
        ),
        # One of a 、-list of …项目 is a project, each item named by its own words.
        (
            "此次开工项目有:高分子吸水新材料建设项目、工人文化宫建设项目、人民小学扩容提质项目。",
            ["高分子吸水新材料建设项目", "工人文化宫建设项目", "人民小学扩容提质项目"],
        ),
        # 服务 before a facility word is the facility's use, not a verb ending the words before.
        ("投资2600万元的三郑众鑫服务大楼项目。", ["三郑众鑫服务大楼项目"]),
        (
            "甲乙市中西医结合医院新建工程已开工。",
            ["甲乙市中西医结合医院", "甲乙市中西医结合医院新建工程"],
        ),
        # A daily capacity opens a plant's name as a yearly one does.
        (
            "(某某日报记者 王某)日产70万瓶蟹味菇、海鲜菇项目于近日开工。",
            ["日产70万瓶蟹味菇、海鲜菇项目"],
        ),
        # 年内 (within the year) and 造成 (caused) open no name.
        ("年内甲乙半导体项目将投产。", ["甲乙半导体项目"]),
        ("了解因供销社无法拆除而造成甲乙小学三期建设无法拓宽的情况。", ["甲乙小学三期"]),
        # A verb just before 有限公司 belongs to the company's name.
        (
            "某某工业园区河南甲乙能源科技发展有限公司项目工地,彩球飘扬。",
            ["某某工业园区河南甲乙能源科技发展有限公司项目"],
        ),
        # A village's spot in quotes, then words of kind: one project, not a campaign.
        (
            "签约项目分别是:甲乙滑雪场项目、城关镇小沟村“樱桃沟”乡村旅游项目。",
            ["甲乙滑雪场项目", "城关镇小沟村“樱桃沟”乡村旅游项目"],
        ),
        # A rank before a facility's own name; 发挥 is a verb.
        (
            "调研组先后来到道县市重点项目湘粤桂综合物流园、省重点产业项目道县广新运动用品产业园。",
            ["湘粤桂综合物流园", "道县广新运动用品产业园"],
        ),
        ("深化合作,发挥吉利衢州“三电”系列项目示范作用。", ["吉利衢州“三电”系列项目"]),
        # A 、-list of …项目 whose last item runs on (…项目建设现场).
        (
            "一行首先来到甲乙碳纤维项目、丙丁光学膜材料制造项目建设现场。",
            ["甲乙碳纤维项目", "丙丁光学膜材料制造项目"],
        ),
        # What a project is said to be is not a second name.
        (
            "60万吨/年天然气汽车清洁燃料项目是某某市建市以来最大的工业引资项目。",
            ["60万吨/年天然气汽车清洁燃料项目"],
        ),
        # 及 after a facility, when 项目 or 工程 names both: one project.
        ("某制药生产基地及研发中心项目正式开工。", ["某制药生产基地及研发中心项目"]),
        ("实施观音湖湿地公园及周边人居环境整治项目。", ["观音湖湿地公园及周边人居环境整治项目"]),
        # Verbs before a name are not part of it (投建, 兴建, 新增, 完工投用).
        ("某某新材料科技有限公司投建智慧装备制造项目。", ["智慧装备制造项目"]),
        ("计划在西区兴建某某商会总部经济大楼。", ["某某商会总部经济大楼"]),
        ("今年全县计划新增胡柚标准化种植基地1500亩。", ["胡柚标准化种植基地"]),
        # 指导 is a verb before projects too, but inside a name more often (指导中心).
        ("衢江区农业技术指导中心建设项目开工。", ["衢江区农业技术指导中心建设项目"]),
    ],
)
def test_project_names(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "县农业局汇报了我县36个“村企结对”帮扶项目谋划情况。",  # a count of a kind of project
        "签约项目中,衢商回归项目7个,总投资44亿元。",  # a kind, counted
        "江山“大干项目、干大项目”掀热潮。",  # a slogan
        "该产业园二期总投资18亿元。",  # a project named before (该)
        "衢州启明科技园运营管理有限公司负责该项目运营。",  # a company's name; 该项目
        "签约仪式在国际大酒店举行。",  # a venue
        "市域内有国家5A级旅游景区1处、国家4A级旅游景区3处。",  # what a place has
        "作为衢州市单体投资最大的先进制造业项目。",  # a kind
        "开发建设生态度假、山地运动、商务休闲、养生养老等项目。",  # kinds of project
        "代表们先后来到沿江公路孟姜村路段调研。",  # a stretch of road, not a section project
        "这一阶段,公路建设进入关键阶段。",
        "工人在各条生产线上开足马力。",
        "项目一期包含玻璃水滑道、无动力乐园、卡丁车、萌宠乐园等游乐项目。",  # its parts
        "开发区铆足干劲全身心投入到项目土地、水电气等要素匹配服务中。",  # an input
        "衢江青年驿站(博金商务酒店)负责人王芳说。",  # the hotel is where she works
        "龙游县争取省山区经济开发项目资金。",  # a fund
        "通过调集施工队伍、合理规划施工区域等方式推进项目建设。",  # a list of ways
        "仙鹤还与中国制浆造纸研究院、浙江科技学院等院校合作。",  # an institute, not built
        "南北拥有乌溪江水库、黄坛口水库和铜山源三大水库。",  # counted: 三大
        "6条陈皮生产线,12台烘干机器。",  # counted: 6条
        "五星级酒店、大型超市等配套设施也已在建设中。",  # a class of facility
        "全区着力引进高端现代农业项目。",  # a kind of project
        "新增省级高新技术企业研发中心2家。",  # a kind, counted
        "办好8所学校和3所医院迁扩建。",  # kinds, counted
        "既有新材料、新技术、新能源等前沿项目。",  # kinds, listed
        "某某区2020年“争先创优”重大项目集中开工。",  # a campaign's projects
        "全省2025年一季度重大项目集中开工活动举行。",  # a period's projects
        "推进“衢商回归”龙游百亿元重大项目开工。",  # a campaign's projects, a place, an amount
        "我市始终坚持项目为王不动摇。",  # a slogan
        "签下了涉及新能源、新材料、装备制造业、服务业等项目共15个。",  # kinds, counted
        "萧山9大项目集中开工。",  # counted
        "这是今年举行的第二次项目集中开工。",  # an ordinal
        "高质量成长型项目不断蓄能。",  # a kind
        "土建工程已基本完工,智能化生产线即将安装。",  # a kind of line
        "县委书记深入我县部分重点项目现场调研。",  # some of the district's projects
        "深入分析产业园落地带来的车流人流。",  # a verb before a facility word
        "管理所正按照龙游县农村联网公路规划施工。",  # 正 before a verb: a clause
        "鼓励鄞州企业、浙商甬商到产业园投资兴业。",  # 到: going to a park
        "近年来龙游区域项目的施工生产水平得到认可。",  # the region's projects
        "其中一楼用作便民服务中心与办公场所。",  # what a floor is used for
        "复合纸板生产线3条已投用。",  # a kind, counted
        "建成后将成为区域内一流的现代化医院。",  # a kind of facility
        "从产业创新平台的前瞻布局,到开放开发枢纽的能级提升。",  # rhetoric
        "全区开展“乡贤回归”项目对接活动。",  # a campaign in quotes
        "可以看到锦禾农业科技有限公司新建厂房工程项目部职工之家。",  # a project's team
        "作为引领型旧改类未来社区,社区通过织补设施缺位提升品质。",  # a kind of project
        "开港活动在衢州港衢江港区举行。",  # a port area, no phase: a place
        "该项目是航埠低碳小镇重点产业项目,计划打造综合体。",  # the projects of a place
        "房子在5A级景区,以后可以开个民宿。",  # a grade, and a clause
        "会议听取了市政府关于2023年民生实事项目实施情况的报告。",  # a kind of project
        "这里会成为“某某有礼”诗画风光带上的后花园。",  # what a place becomes
        "这个小镇、那个村庄都很美。",  # 小镇 alone is a plain word
        "某某山文化旅游风景区创建5A级旅游景区,具备优势。",  # a grade sought
        "计划今年9月首批招商项目入驻运营。",  # a month and a batch, not a name
        "坚持“依托香港,服务内地,面向世界”定位。",  # a slogan in quotes
        "该产业园定位为汽车配件产业配套园区。",  # what it is meant to be
        "四至范围:东至县道常新线,南至杭金衢高速公路。",  # landmarks bounding an area
        "力邀客商来江寻找合适生产基地。",  # a search, not a project
        "一大批绿色环保的高科技大项目开始入驻。",  # a kind
        "某某园创国家5A级景区进入冲刺阶段。",  # a grade sought
        "他说一期建成后效果很好。",  # a phase of nothing named
        "分两期实施,计划于2026年底一期建成投产。",  # a date before the phase
        "石梁溪在西安门大桥上游0.5公里处汇入衢江。",  # a landmark
        "动员全区上下全员谋项目、争要素。",  # seeking projects
        "我们从11月23日就开始准备项目施工的前期工作。",
        "常山县以白石、球川、同弓为省际门户风貌区。",  # a zoning
        "综合体将由酒店、商场、幼儿园和外围景观公园等组成。",  # its parts
        "该工程建设包括道路路面工程、亮化工程和绿化工程等,总投资约8100万元。",  # its parts
        "也是某县“十四五”投资最大的能源项目。",  # a kind
        "昨天下午,慈溪市2023年上半年重大项目集中开工活动举行。",  # a batch of projects
        "今年以来,全市商贸工作牢牢抓住项目引建不松劲。",  # seizing projects, none named
        "汪某说,该研学基地一期已经投入100多万元。",  # a project named before
        "涵盖全县市政建设、交通、区块平台及通信电力、文教卫等八大类项目。",  # classes
        "主线起点甲乙隧道,终点为甲县与乙县交界处丙丁隧道,路线长约30公里。",  # landmarks
        "到2026年一个全市最大的单体制造业项目将从这里拔地而起。",  # a kind
        "随着高铁相继开工,届时沪昆高铁甲乙段的压力将得到缓解。",  # a railway in service
        "签约项目涵盖新材料、现代医药、信息经济及泛娱乐产业等战略性新兴产业项目。",  # fields
        "是继甲乙学院丙丁校区后的又一高端要素型项目。",  # a kind
        "“某某重工”等造船企业,组合成国内大中型船舶修造基地。",  # what they form
        "走进某某区,随处可见新项目开工建设场景。",  # projects in general
        "要推动要素资源向项目集中,切实提高项目质量。",  # a policy, no project named
        "该旅游综合体毗邻古镇景区。",  # a neighbour, not a project
        "实地察看项目地块周边环境、民生实事、重点产业等项目建设情况。",  # a project's plot
        "浦江2021年重大招商引资项目集中签约",  # a county's batch (浦江: 浦江县's short form)
        "去年慈溪市项目投资交出亮眼成绩单。",  # a year and a county: its projects
        "在县传媒中心微信公众平台上推出项目谋划擂台赛。",  # the planning of projects
        "在开竣工项目中,制造业转型提升项目数达41个。",  # a count of projects
        "企业代表参加签约仪式,并牵线搭桥,吸引更多优质项目来考察洽谈。",  # in general
        "坚决守牢安全底线,努力打造一批示范工程、精品工程。",  # words of praise
        "将打造集甲乙制品生产基地、丙丁装备制造基地等于一体的产业园。",  # parts of a whole
        "全力推进道路、农田水利等多项工程的施工建设。",  # kinds of works
        "全市上下引进落地了一批“高大上好实”项目。",  # a kind, in quotes
        "今年力争“乡贤回归”项目签约额突破30亿元。",  # a campaign's slogan
        "昨天上午,某某新城2022年百亿项目集中开工。",  # the year's batch
        "2022年4月某某州重大项目集中开工活动举行。",  # a month's batch, of a prefecture
        "2018年某某省重大招商引资项目集中开工仪式举行。",  # of a province
        "会议审议了2020年度县政府民生实事候选项目。",  # of a body, candidates
        "刘德带领市“五年新跨越”拟观摩项目考察团莅临。",  # projects to be visited
        "目前项目正进行钢结构吊装作业,预计首条生产线于2025年一季度投入使用。",  # its part
        "做好移民安置、规划调整等,从优从先考虑项目落地。",  # projects in general
        "紧抓省市县长项目工程,政企合力加快项目建设进度。",  # a programme
        "该村北邻省道某中公路,南依某垅中型水库。",  # landmarks bounding a place
        "某市2025年第二季度重大项目集中开工。",  # a quarter's batch
        "企业投入3000万元购置加工中心等设备。",  # a machine bought
        # Slogans: verbs on projects, listed or quoted.
        "要紧抓改革试点,积极研究项目、谋划项目、包装项目、争取项目。",
        "全县将掀起新一轮拼抢大项目、攻坚大项目、服务大项目的热潮。",
        "要以“一切围绕项目、一切服从项目、一切服务项目”为工作理念。",
        # A verb before 项目 (环绕 is a mirror's 围绕), and 之间 ("between").
        "2个项目公司代表并环绕项目具体情况进行了重点介绍。",
        "开展毗邻镇之间农业项目合作。",
        # A verb's 项目 beside a name makes no list of projects.
        "要研究项目、招引项目、安邦护卫苑项目。",
        "总长2.5公里的道路拓宽工程于2021年10月开工。",  # a kind of works, no name
        "水库主体工程计划在2024年11月底前完工。",  # a part of the works
        "某县加大项目跟踪督查力度,督促相关部门加大项目扶持。",  # projects in general
        "日前,某区举办第三季度招商引资项目集中签约、开工活动。",  # a batch
        "是现代农业发展和生态县建设战役项目,目前已完成投资3410万元。",  # a campaign
        "这个项目,将打造汽车快速充电桩设备及智能化电力装备的研发生产基地。",  # a kind
        # Persons, then 等…宣布项目开工: no list of projects.
        "某县县长甲乙和某农场有限公司党委书记、执行董事丙丁等分别致辞并宣布项目正式开工。",
        # A batch, by its round, or a sector.
        "在开工仪式上,甲乙宣布:全区2020年首轮项目集中开工。",
        "今年还将开工建设三产服务业项目。",
        "村民收入会随著产业园发展而提高。",  # 随著: traditional 随着
        "“新春第一会”再次以项目为主题。",  # projects in general, after 以
        "某某科学谷入选“科创中国”首批创新基地。",  # an honour won
        # Slogans; a round of a campaign.
        "在全市上下掀起一轮抓大项目、抓好项目、抓成项目的新高潮。",
        "某集中区举行第二轮项目建设“百日会战”招商项目集中签约仪式。",
        "会上对2025年重点项目复工复产及项目推进急需解决的问题进行分析。",
        "今年全县共有重特大项目12个。",
        "打造旅游业地标性项目。",
        "2021年首场重点项目集中开工。",
        "培育“一主一特”产业链项目。",
        # Kinds of project, however many words of kind.
        "参加签约的6个项目中,工业项目占5个,总投资4.74亿元;另外一个项目为社会事业项目。",
        "某区域与客商签订13个涉及高效农业及商贸、旅游等现代服务业项目,总投资29.8亿元。",
        "总投资近14亿元,也有新信息技术、新型材料、新型环保项目。",
        "签约项目涉及新能源等工业产业项目、农业文旅项目、科技人才项目,总投资超200亿元。",
        "着力打造凸显复兴传统水乡风貌特征的综合性城市公园。",  # what a park is to be
        "全省千万工程现场会在衢州召开。",  # a meeting held at a programme's site
        "千万工程是一项民心工程。",  # a programme said to be another
        # A partner, 与 before it and working together after it.
        "金义新区将与金华市中心医院共建共享。",
        "进一步加强与新桥国际产业园的交流合作。",
        "“千机百策”稳项目,当好企业服务员。",  # slogans: a verb, then 项目
        "2.争分夺秒攻项目。",
        "二是强城兴村引项目“持续提能”。",
        # An institution that is, not one built.
        "专家来自浙江中医药大学附属第一医院和浙江省中医院。",
        "开化县第二人民医院院长出席。",
        # A series of two-character 工程: a slogan's aims, no works.
        "全力打造安全工程、廉洁工程、质量工程、高效工程。",
        # A trade's projects, of no name (新材料项目, 畜牧养殖项目).
        "重点发展食用菌项目和休闲观光农业项目。",
        "大力发展畜牧养殖项目。",
        "积极引进陆上风电项目。",
        "组织更多部门和企业来苍参观考察、洽谈项目。",  # 洽谈 (to negotiate) a project
        "既有G228这样的重量级交通基建项目,也有新材料、新能源汽车等领域的高潜力产业项目。",
        # Words of kind before a route word; 高速 as "at high speed".
        "加快农村公路建设。",
        "推进普通国省道和城乡公路建设。",
        "打造美丽公路。",
        "全区经济高速发展。",
        "要在3年任期内修建通村公路。",
    ],
)
def test_not_projects(sentence: str) -> None:
    assert names(sentence) == []


def test_an_ellipsis_ends_a_name() -> None:
    found = names("职业中专迁建、小乔产业园......开发区金川片区一大批项目正在赶进度。")
    assert found == ["小乔产业园"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Items that are the sites of projects (…项目现场、…项目现场等地) name the projects.
        (
            "领导先后到丰达年产2500吨奶粉项目现场、电子加速器消毒灭菌服务中心项目现场"
            "等地进行项目巡检。",
            ["丰达年产2500吨奶粉项目", "电子加速器消毒灭菌服务中心项目"],
        ),
        # 不锈钢 is a product, not the negation 不 of a clause.
        ("总投资10亿元的德威高端不锈钢管生产制造项目开工。", ["德威高端不锈钢管生产制造项目"]),
        # 新建 right after a facility is the works on it.
        (
            "它们是阳城迎宾馆项目、人民医院新建项目、诚园(二期)项目。",
            ["阳城迎宾馆项目", "人民医院新建项目", "诚园(二期)项目"],
        ),
        # 暨 joins two parts of one project, but not an event and the project after it.
        ("某某夫宇食品暨酒店建设项目开工仪式举行。", ["某某夫宇食品暨酒店建设项目"]),
        (
            "开发区的亚瑟新药原料药生产暨国际研发产业园项目开工。",
            ["亚瑟新药原料药生产暨国际研发产业园项目"],
        ),
        ("全区重大项目集中开工仪式暨年产5万吨纤维项目开工。", ["年产5万吨纤维项目"]),
        ("某县一季度项目集中开工暨某县酒旅一体建设项目开工仪式举行。", ["某县酒旅一体建设项目"]),
        (
            "某县举行2023年一季度重大项目集中开竣工暨柳州国际生物健康科技产业园项目开工仪式。",
            ["柳州国际生物健康科技产业园项目"],
        ),
        # A list of capacities per year after a conjunction, then the count of the two.
        (
            "签约了年产12万吨特种材料项目和10kt/a电池级碳酸锂、5kt/a锂电材料项目两个重点项目。",
            ["年产12万吨特种材料项目", "10kt/a电池级碳酸锂、5kt/a锂电材料项目"],
        ),
        # A list inside brackets within a name (a dyke's two sections).
        (
            "县博物馆建设工程、瓯北标准堤(新桥、罗浮段)加固提升工程、瓯北新岙路工程等11个工程列入。",
            ["县博物馆建设工程", "瓯北标准堤(新桥、罗浮段)加固提升工程", "瓯北新岙路工程"],
        ),
        # A works 工程 said to be finished (通水, 通车); 以 ("taking") before a name; 环保
        # in a company's short name; 综合楼 and 众创城 are facilities.
        ("安吉两库引水工程通水仪式举行。", ["安吉两库引水工程"]),
        ("要以安吉两库引水工程建成通水为契机。", ["安吉两库引水工程"]),
        ("欣元环保项目正式开工。", ["欣元环保项目"]),
        (
            "投资1200万元的疾病预防控制中心业务综合楼改建项目。",
            ["疾病预防控制中心业务综合楼改建项目"],
        ),
        ("位于开发区的万洋众创城,总建筑面积约40万平方米。", ["万洋众创城"]),
        # 与 joins two works of one project; the 的 before 项目 after a capacity is dropped;
        # a page's tags glued after its byline are no project.
        ("来到钛方汽车产品研发与生产基地项目调研。", ["钛方汽车产品研发与生产基地项目"]),
        (
            "签约吉林某药业有限公司年产1.7亿瓶(袋)大容量注射液剂的项目。",
            ["吉林某药业有限公司年产1.7亿瓶(袋)大容量注射液剂项目"],
        ),
        ("2018-08-13 来源:衢江发布 关键词:衢江抽水蓄能浙江抽水蓄能电站", []),
        # Short items counted as projects are instances (companies' short names)…
        (
            "加快百果旺、新洋丰、梦世圆等96个已开工项目的建设进度。",
            ["百果旺项目", "新洋丰项目", "梦世圆项目"],
        ),
        # 产业有 ("the industries include"), 分别就 ("each on"), 我县 before a name.
        ("此次签约的相关配套产业有华电冷热电联项目。", ["华电冷热电联项目"]),
        ("施工方代表分别就青弋江中洲大桥建设作表态发言。", ["青弋江中洲大桥"]),
        # Names holding a cut word or a word of kind stay whole.
        ("衢州学院学术报告厅项目开工建设。", ["衢州学院学术报告厅项目"]),
        ("成就梦想产业园项目开工建设。", ["成就梦想产业园项目"]),
        ("以岭药业产业园项目开工建设。", ["以岭药业产业园项目"]),
        ("衢江区清洁能源产业园项目开工建设。", ["衢江区清洁能源产业园项目"]),
        # 就 ("on") before a name; only works after a verb name no project.
        (
            "市政府与江苏凤凰传媒集团有限公司就泰兴凤凰文化广场项目举行签约仪式。",
            ["泰兴凤凰文化广场项目"],
        ),
        ("推进1.5万亩内陆养殖建设提升改造项目。", ["1.5万亩内陆养殖建设提升改造项目"]),
        # Projects counted, then each named as written (具体为:, 分别是).
        (
            "产业转型类项目3项,具体为:金村文化创意产业园、和美固废、晶英纳米钙等。",
            ["金村文化创意产业园", "和美固废", "晶英纳米钙"],
        ),
        (
            "现已落户项目2个,分别是厦门钨业硬质合金项目、江西长江药业“退城入园”项目。",
            ["厦门钨业硬质合金项目", "江西长江药业“退城入园”项目"],
        ),
        # …with what they are and their sum between; each item opening with its investor.
        (
            "集中开工的3个重大工业项目,计划总投资80多亿元,分别是万丰集团投资55亿元的汽车整车、"
            "日发集团投资20亿元的智能纺织印染装备和美克药业投资5亿元的胶囊制剂项目,涵盖高端装备、"
            "生物医药等产业。",
            ["汽车整车项目", "智能纺织印染装备项目", "胶囊制剂项目"],
        ),
        # A year, then words that only end like a place: one project, not a batch.
        ("2023年阳光小区改造项目开工。", ["2023年阳光小区改造项目"]),
        ("2024年工业园区基础设施项目开工。", ["2024年工业园区基础设施项目"]),
        # 鞋材, 生产: one firm's project of an industry, with no other sign needed.
        ("推进浩然鞋材生产项目。", ["浩然鞋材生产项目"]),
        # 观摩 (to visit and learn from), a verb before the name.
        ("县政协委员观摩镇云一体化建设工程、议报告。", ["镇云一体化建设工程"]),
        # A capacity counted in sets (年产1000套) is no count of projects.
        ("签约年产1000套电源系统生产研发项目。", ["年产1000套电源系统生产研发项目"]),
        # 生态园 and 体验园 are facilities built (a farm's park, a visitors' park).
        ("华欣湖羊生态园(一期)建成投产。", ["华欣湖羊生态园(一期)"]),
        ("推进食用菌工厂化智能康养体验园建设。", ["食用菌工厂化智能康养体验园"]),
        # A status said of a …项目 or …工程 makes it one: 加快推进, or a date set to start.
        ("万里中药材中药饮片项目加快推进。", ["万里中药材中药饮片项目"]),
        ("黄衢南钱江源互通增设及接线工程争取7月份开工建设。", ["黄衢南钱江源互通增设及接线工程"]),
        ("黄田自来水工程力争10月底开工。", ["黄田自来水工程"]),
        # …工程 at its site, or said to break ground (动工), is a project.
        (
            "在低丘缓坡黄家区块D-13地块土石方平整工程现场,他详细了解情况。",
            ["低丘缓坡黄家区块D-13地块土石方平整工程"],
        ),
        ("绍兴分会场设在浙能绍兴滨海热电二期工程建设现场。", ["浙能绍兴滨海热电二期工程"]),
        ("河沥园区电子信息产业园三期工程动工建设。", ["河沥园区电子信息产业园三期工程"]),
        # …or said to be done before it (已竣工的), or said to be works or a project after it.
        ("已竣工的万松路东延伸线工程,是浙江省重点工程项目。", ["万松路东延伸线工程"]),
        # More centres built: 商务中心, 接待中心, 创新中心, 创业中心, 农事中心, 产业中心.
        ("模具商务中心顺利完工。", ["模具商务中心"]),
        ("争取今年9月底完成山狼谷接待中心建设。", ["山狼谷接待中心"]),
        ("建成无花果农事中心、金华火腿产业中心。", ["无花果农事中心", "金华火腿产业中心"]),
        ("其中,小干岛西部围涂工程是小干商务区建设的配套工程。", ["小干岛西部围涂工程"]),
        # 大门镇长沙: no 镇长 (a title would make the words a clause).
        ("近日,洞头区大门镇长沙综合体项目正式开工。", ["大门镇长沙综合体项目"]),
        # A route named by its two ends' short forms.
        ("加快龙庆高速连接线、衢宁铁路建设。", ["龙庆高速连接线", "衢宁铁路"]),
        ("东永高速、永磐公路建成通车。", ["东永高速", "永磐公路"]),
        ("随着金甬铁路的全面开工建设,长乐镇迎来机遇。", ["金甬铁路"]),
        ("大力推进昌景黄高铁建设。", ["昌景黄高铁"]),
        ("争取年内开工温瑞大道南延快速路。", ["温瑞大道南延快速路"]),
        # …but a named one of a trade is one project.
        ("庆元百花岩风电项目正式开工。", ["庆元百花岩风电项目"]),
        # A …项目 among the sites a visit's list names.
        (
            "李飞林主席一行实地参观了平湖市农业展示馆、蓝城·三菱蔬菜工厂项目、明月山塘等。",
            ["蓝城·三菱蔬菜工厂项目"],
        ),
        # 和 one character after a verb is the name's own (鑫和, 泰和, 政和县).
        (
            "全面推进鑫和新材料、衢芯电子等重大产业项目开工建设。",
            ["鑫和新材料项目", "衢芯电子项目"],
        ),
        (
            "确保帐篷客酒店(一期)、泰和广场等38个项目竣工达效。",
            ["泰和广场项目", "帐篷客酒店(一期)"],
        ),
        # An institution said to be built, past its other name in brackets.
        (
            "金义新区中心医院(金华市中心医院金义院区)项目开工仪式举行。",
            ["金义新区中心医院", "金义新区中心医院(金华市中心医院金义院区)项目"],
        ),
        (
            "察看了兰溪市防疫应急医院(兰江街道社区卫生服务中心)等建设项目。",
            ["兰溪市防疫应急医院", "兰江街道社区卫生服务中心"],
        ),
    ],
)
def test_more_project_shapes(sentence: str, expected: list[str]) -> None:
    assert sorted(names(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "力争把项目建成经得起历史检验的优质工程、民心工程、廉政工程。",  # figures of speech
        "打造经得起检验的优质工程、放心工程。",
        "本次集中开复工项目共计52个,总投资269亿元。",  # the batch, not one project
        "成为全省第一个获交通部5000万元支持的场站项目。",  # a kind of project
        "目前14栋民宿已经开门营业,另外13栋正等待验收。",  # a count of houses
        # A place or a campaign, a period, then a kind: that period's list of projects.
        "某某市某某县第三季度重点项目集中开工。",
        "乌苏市参加塔城地区9月招商引资项目集中签约仪式。",
        # A round, a deadline or a bare year of a campaign, and a programme's kind.
        "翁源县参加前八次项目集中开竣工活动。",
        "全区掀起2020年第一轮项目建设热潮。",
        "某市第二届云招商项目集中签约。",
        "某区2020春季重点项目集中开工。",
        "确保4月底前全部项目开工建设。",
        "镇里完成2020年民生实事工程项目。",
        "某某区坚持项目为王。",
        # A kind counted, then more words of kind: no list of two named before it.
        "今年全县共签约衢商回归项目7个重点项目总投资50亿元。",
        # Kinds of project (制造, 企业, 高新技术 …) and slogans (抓管理促项目, 秉承项目至上).
        "集中签约的10个项目均为高新技术项目。",
        "加快推进装备制造项目和企业项目落地。",
        "抓招商蓄项目、抓管理促项目。",
        "希望某县秉承项目至上的理念。",
        "定远县举行“两重”攻坚行动10月份重点招商项目集中签约仪式。",
        "力争年底前一期工程竣工。",  # when, not which
        # Kinds of project, a period's batch, a facility word alone, the units answering
        # for projects; a verb of becoming before a class.
        "依托当地特色发展起来的农产品深加工等项目。",
        "2020年第一季度村改项目动工。",
        "推进抽水蓄能电站项目。",
        "寺庄乡党委负责同志代表项目责任单位作了表态发言。",
        "尘封古堡变身4A级景区。",
        "市交通工程建设中心相关项目负责人作情况介绍。",  # a body's name
        "区分会场报告我区项目开工情况。",
        "其中又有生态环保项目、社会民生项目、食品加工项目。",
        # …unless most are sectors.
        "今年谋划了工业、城建、旅游、文化、农业、民生等163个重点建设项目。",
        "会议强调了4个方面,分别是:思想、作风、纪律、效率。",  # counted, but not projects
        # A month's or a count's batch; qualities (一流, 效率); verbs before 项目.
        "某市2016年11月份项目集中开工仪式在光武产业园南区举行。",
        "全市已举行9次项目集中开工仪式。",
        "1-3月新纳统入库项目计划总投资增长。",
        "把每个项目都建成优质工程、效率工程、一流工程。",
        "瞄准重点区域,精心包装项目、积极争取项目。",
        "县党政考察团到某市尼龙新材料产业聚集区考察学习工业项目建设情况。",
        "他希望某区委、区政府以今天重点项目集中开工启动为新的起点。",
        # An industry's word alone before 项目 is a kind of project.
        "推动仓储项目落地,谋划建材项目和玩具项目。",
        # 做大 a verb, 虽然 a conjunction: what is left is a kind, no name.
        "黑山县要把握机遇,做大新能源项目,形成产业链。",
        "虽然产业园项目才刚刚开始建设,但商人已经闻讯而来。",
    ],
)
def test_more_words_of_kind_are_not_projects(sentence: str) -> None:
    assert names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Short items before 等…企业项目 are firms, each a project (not kinds of project).
        (
            "成功招引了赛伍技术、三思光电、杭州机床等一大批优质企业项目。",
            ["赛伍技术项目", "三思光电项目", "杭州机床项目"],
        ),
        # A list's item numbers are not part of the names.
        (
            "2个企业投资项目:1.乐东县龙栖湾智慧海洋牧场项目(一期);2.乐东金钱树示范项目(首期)。",
            ["乐东县龙栖湾智慧海洋牧场项目(一期)", "乐东金钱树示范项目"],
        ),
    ],
)
def test_firms_listed_and_numbered_items(sentence: str, expected: list[str]) -> None:
    assert sorted(names(sentence)) == sorted(expected)


def test_sectors_before_deng_qiye_xiangmu_are_no_projects() -> None:
    assert names("引进了新材料、新能源、生物医药等一批优质企业项目。") == []


def test_a_list_closed_by_zainei_and_a_count() -> None:
    found = names(
        "共有包括辛格顿新材料研发与制造基地、卓睿精密电子通讯设备、嘉浩美库高端冷链物流在内的32个项目集中开工。"
    )
    assert sorted(found) == sorted(
        ["辛格顿新材料研发与制造基地", "卓睿精密电子通讯设备项目", "嘉浩美库高端冷链物流项目"]
    )


def test_gongyou_and_duiyu_open_no_name() -> None:
    assert names("我市共有普陀健康养老综合体等15个重大项目集中开工。") == ["普陀健康养老综合体"]
    assert "于公司一期项目" not in names("对于公司一期项目的整体运营工作,庄书记予以了充分肯定。")


@pytest.mark.parametrize(
    "sentence",
    [
        "始终把重大项目建设作为推动高质量发展的“生命线工程”。",
        "围绕“大建大美”亮点项目建设交流发言。",
    ],
)
def test_words_of_praise_name_no_project(sentence: str) -> None:
    assert names(sentence) == []


def test_a_dash_inside_a_latin_name_and_duikou() -> None:
    found = names("加快推动锐世PET—CT、中凝科技气凝胶、可降解纤维素膜等重点项目建设。")
    assert "锐世PET—CT项目" in found and "CT项目" not in found
    found = names("这些项目分别是卧佛山景区开发项目、南水北调豫京对口协作项目。")
    assert "南水北调豫京对口协作项目" in found


@pytest.mark.parametrize(
    "sentence",
    [
        "让协议书早日变成施工图,跑出宁国招商项目建设的“加速度”。",
        "考察我县未来学校建设、文旅融合项目、景区开发等情况。",
    ],
)
def test_kinds_of_projects_name_none(sentence: str) -> None:
    assert not [n for n in names(sentence) if "招商" in n or "融合" in n]


def test_gongyou_inside_words_is_no_verb() -> None:
    assert names("衢江区共有产权住房项目开工建设。") == ["衢江区共有产权住房项目"]
    assert names("公共有轨电车项目开工。") == ["公共有轨电车项目"]


@pytest.mark.parametrize(
    "sentence",
    [
        "总投资达317.88亿元,既有新材料、新技术、新能源等科技前沿项目,也有现代产业链项目。",
        "这些项目有紧密结合现代五金产业的强链项目。",
        "要以最强平台承载项目,以最足要素保障项目。",
        "金华婺城举行首期百亿项目集中开工仪式。",
    ],
)
def test_words_of_kind_name_no_project(sentence: str) -> None:
    assert names(sentence) == []


def test_verbs_before_a_name_are_no_part_of_it() -> None:
    assert names("市长徐文光等均出席衢州中来光伏产业园开工仪式。") == ["衢州中来光伏产业园"]
    assert names("双方能够共同努力,快速达成项目投产。") == []
    assert names("希望双方持续深化园区建设运营、口岸基础设施建设等方面务实合作。") == []


def test_a_designation_applied_for_is_no_project() -> None:
    assert names("园区创建之初破难实干有为,取得了显著成绩,于2010年申报国家级园区。") == []


def test_the_works_on_a_list_item_end_its_name() -> None:
    """同州路东段基础设施建设: 建设 is the item's works, not a verb before its name; 过境
    (transit) is a word, not 过 after a verb."""
    found = names(
        "此次集中开工项目还包括旭彤生物质发电、同州路东段基础设施建设、"
        "省道108大荔县城过境段拓宽提升等重点项目。"
    )
    assert sorted(found) == [
        "同州路东段基础设施建设项目",
        "旭彤生物质发电项目",
        "省道108大荔县城过境段拓宽提升项目",
    ]


def test_a_visits_le_a_cheering_crowd_and_a_body_toward_a_project_are_cut() -> None:
    assert names("富永伟一行还实地督查了更楼街道城南农贸城项目,与项目负责人交流。") == [
        "更楼街道城南农贸城项目"
    ]
    assert names("干部群众敲锣打鼓欢庆衢常铁路开工建设。") == ["衢常铁路"]
    assert names("代表市委、市政协向衢常铁路开工表示热烈祝贺。") == ["衢常铁路"]
    # 向 opening a name is the name's own.
    assert names("推进向家坝水电站建设。") == ["向家坝水电站"]


def test_halls_and_parks_of_the_sixteenth_batch() -> None:
    found = names("国际传统医药博览馆和民族医药馆开馆,标志着产业发展迈出新步伐。")
    assert "国际传统医药博览馆" in found
    assert names("重点是推进浙江(新昌)境外并购产业合作园的建设实效。") == [
        "浙江(新昌)境外并购产业合作园"
    ]


def test_a_list_closed_by_its_count_and_a_renovation_named_by_its_product() -> None:
    text = "农夫六期、盛开新材料两个50亿元项目签约实现制造业项目招引新突破。"
    assert sorted(names(text)) == ["农夫六期项目", "盛开新材料项目"]
    assert names("今年将建设两个项目。") == []
    assert names("推进英制园锥滚子轴承技改项目。") == ["英制园锥滚子轴承技改项目"]


def test_a_places_byname_in_quotes_is_no_project() -> None:
    assert names("终点是素有“一街八巷六码头”之称的溪口镇。") == []
    assert names("终点是“一街八巷六码头”。") == ["一街八巷六码头"]


def test_a_theme_garden_and_a_service_area_are_facilities() -> None:
    text = "沿溪依次布局现代农业项目:柑橘出口加工园区、田园综合体服务区、柑橘森林公园、中澳柑橘风情园。"
    assert {"田园综合体服务区", "中澳柑橘风情园"} <= set(names(text))


def test_a_speaker_and_a_speech_verb_are_no_projects_name() -> None:
    assert names("谈及村民收入增长的“密码”,俞志金特别强调农村公路建设带来的推动作用。") == []


def test_firms_among_the_units_visited_and_a_slogan_on_building_are_no_projects() -> None:
    text = (
        "调研组先后赴屏都综合新区生物科技产业园、浙江双枪竹木有限公司等十多个单位和项目实地调研。"
    )
    assert names(text) == ["屏都综合新区生物科技产业园"]
    assert names("要聚非常之力招项目、求非常之效建项目,加快谋划重大项目。") == []


def test_a_complex_with_no_name_is_no_project() -> None:
    assert names("在项目建设现场,各项设施齐全的综合体酒店已初具雏形。") == []
    assert names("推进港城综合体建设。") == ["港城综合体"]


def test_a_counted_list_in_a_class_of_amount() -> None:
    text = (
        "其中中科未来城、诚得智能制造、融嘉新能源汽车等5个7亿元以上重大制造业项目落地并开工建设。"
    )
    assert sorted(names(text)) == sorted(
        ["中科未来城项目", "诚得智能制造项目", "融嘉新能源汽车项目"]
    )
    assert names("引进星级酒店、商业街等5000万元以上重点项目15个以上。") == []


def test_where_people_come_from_and_what_they_discuss_are_no_projects() -> None:
    assert names("来自搬迁安置小区、周边村的20余位党员群众纷纷就坐。") == []
    assert names("与项目负责人交流学校建设的具体情况。") == []
    assert names("推进东风村搬迁安置小区建设。") == ["东风村搬迁安置小区"]


def test_works_on_facilities_listed_are_the_facilities() -> None:
    text = (
        "一行先后察看了体育中心地下停车场建设、百丈漈镇综合文化站建设、"
        "南田镇伯温小学建设等重点项目建设情况。"
    )
    assert sorted(names(text)) == sorted(
        ["体育中心地下停车场", "百丈漈镇综合文化站", "南田镇伯温小学"]
    )


def test_as_many_items_as_counted_are_named_whole() -> None:
    text = (
        "县博物馆建设工程、瓯窑博物馆与遗址公园建设工程、瓯北大桥三江侧高架匝道落地环江大道工程、"
        "上塘环城南路道路工程(望江路至沙门西路段)等4个工程列入重大建设项目。"
    )
    assert sorted(names(text)) == sorted(
        [
            "县博物馆建设工程",
            "瓯窑博物馆与遗址公园建设工程",
            "瓯北大桥三江侧高架匝道落地环江大道工程",
            "上塘环城南路道路工程(望江路至沙门西路段)",
        ]
    )
    # Counted wrong (three items, two counted), the items are read one by one.
    text = "县博物馆建设工程、瓯窑博物馆与遗址公园建设工程、环江大道工程等2个工程开工。"
    assert "瓯窑博物馆与遗址公园建设工程" not in names(text)


def test_a_count_after_a_list_counts_its_items_and_ce_hua_plans() -> None:
    text = "美宜佳(福建)产业园、晋江市石窟生态小镇项目2个片区正式启动征迁工作。"
    assert names(text) == ["美宜佳(福建)产业园", "晋江市石窟生态小镇项目"]
    assert names("衢商回归项目7个。") == []
    text = "截至目前,已策划侨成工业园、菲华食品物流、祥宏织造等3个招商项目。"
    assert "侨成工业园" in names(text)


def test_a_list_of_projects_named_by_short_words_of_their_own() -> None:
    text = "园区内,长城新能源项目、嘉亨项目、天晴项目等相继落户。"
    assert names(text) == ["长城新能源项目", "嘉亨项目", "天晴项目"]
    # …but a list of kinds names none: 重大交通项目, 专项债项目.
    text = "13个项目涉及重大产业项目、重大交通项目及重大民生事业项目。"
    assert names(text) == []
    assert names("汇报省集中开工项目、省重点项目及专项债项目等推进情况。") == []


def test_a_span_of_years_a_wish_and_a_list_joined_are_no_projects() -> None:
    assert names("他信心满满:“5年项目有望3年干成。”") == []
    assert names("这说明,山区县同样能上大项目。”") == []
    text = "钱江源国家公园、根宫佛国精品5A景区打造3个项目列入省大花园重大项目,总投资20亿元。"
    assert "省大花园重大项目" not in names(text)
    assert names("全力推进全域旅游项目落地") == []


def test_an_event_then_a_project_after_ji_and_a_quoted_facility_name() -> None:
    text = "在常山·柚香谷年产值45亿灌装生产线竣工投产暨香柚三产融合产业园开工仪式上,双方签约。"
    assert names(text) == ["常山·柚香谷年产值45亿灌装生产线", "香柚三产融合产业园"]
    text = "艾佳果蔬投资5.7亿元建设“柚谷里”农业综合体项目,推动胡柚产品发展。"
    assert names(text) == ["“柚谷里”农业综合体项目"]
    # …but a campaign's quoted name, then words of kind, names none.
    assert names("莲都区2020年“争先创优”重大产业项目签约。") == []


def test_counted_items_a_firms_lines_of_business_and_words_of_consequence() -> None:
    # 6件 counts the year's items: a batch, not one project.
    assert names("最终确定新一年6件政府民生实事项目。") == []
    # 项目板块: a firm's lines of business, not its projects.
    assert names("预计一年内PE板材、户外成品椅子两个项目板块将实现2.2亿元的产值。") == []
    # 从而带动 (and so drive) opens a consequence; 周边 (nearby) says no which.
    assert names("在合理规划的基础上,从而带动周边旅游景区发展。") == []
    assert names("极大带动了周边地区民宿、餐饮等相关行业的发展。") == []


def test_two_places_joined_by_a_dash_open_a_partnerships_park() -> None:
    text = "来遂昌督查调研遂昌—诸暨山海协作产业园建设和招商情况。"
    assert names(text) == ["遂昌—诸暨山海协作产业园"]


def test_more_verbs_before_a_name_and_a_campaigns_projects() -> None:
    text = "重点跟进寺桥水库、常山港综合治理等重大在建项目服务保障工作。"
    assert sorted(names(text)) == ["寺桥水库", "常山港综合治理项目"]
    assert names("常安镇实行项目专班每周例会制度。") == []
    assert names("常安镇成立项目推进、综合协调等四个工作专班。") == []
    text = "得益于景宁水系连通及水美乡村试点县项目,澄照乡成了文化园。"
    assert names(text) == ["景宁水系连通及水美乡村试点县项目"]
    assert names("丽水举行革命老区振兴发展暨双招双引重大项目签约仪式。") == []


def test_taking_part_and_blending_in_are_verbs_before_a_name() -> None:
    # 参与国家公园建设, 并融入博物馆元素: what one takes part in or blends in, not a project.
    assert names("另一方面也在引导社会资本参与国家公园建设。") == []
    assert names("建成凤翔洲水文化公园,并融入博物馆元素。") == ["凤翔洲水文化公园"]


def test_works_listed_before_deng_gongcheng() -> None:
    # A、B等工程建设, A、B等“断头路”工程: each listed works is a project…
    text = "全面完成内环线、黄岩客运综合枢纽中心等工程建设。"
    assert sorted(names(text)) == ["内环线项目", "黄岩客运综合枢纽中心"]
    text = "完成二环西路南延段、嘉木路等“断头路”工程。"
    assert sorted(names(text)) == ["二环西路南延段项目", "嘉木路项目"]
    # …but not kinds of works, nor the sites of the firms building (等建设工程现场).
    assert names("推进道路、农田水利等工程。") == []
    assert names("在浙江领跑健康科技有限公司和浙江精力有限公司等建设工程现场,他听取汇报。") == []


def test_centres_that_are_buildings() -> None:
    # 集散中心, 枢纽中心: a building to build (not 中心 alone, often a body).
    assert names("天台山旅游集散中心建设进展顺利。") == ["天台山旅游集散中心"]
    assert names("全面完成黄岩客运综合枢纽中心建设。") == ["黄岩客运综合枢纽中心"]
    assert names("县游客中心主任张三介绍。") == []


def test_an_innovation_park_named_as_a_project() -> None:
    # 创新园 ends a facility's name as 创业园 does: 西部创业创新园项目 is one project.
    found = find_projects("西部创业创新园项目规划总面积1050亩,分3期进行建设运行。")
    assert [f.name for f in found] == ["西部创业创新园项目"]


def test_kindergartens_water_stations_and_flats_named_as_projects() -> None:
    assert names("除了已经建成投用的江东科技幼儿园,其他项目也在推进中。") == ["江东科技幼儿园"]
    assert names("樟村供水站今年建成投用。") == ["樟村供水站"]
    # …but a count of rooms (950间蓝领公寓) names none.
    assert names("位于七号路的建融家园·蓝领公寓项目,改建成950间蓝领公寓。") == [
        "建融家园·蓝领公寓项目"
    ]


def test_counts_teams_and_kinds_of_road_name_no_project() -> None:
    # A count of machines (有2000台…生产线), a project's team (项目管理组), a kind of road.
    assert names("未来每年将至少有2000台智能装备生产线从新基地发往全球。") == []
    assert names("玉环市城建开发有限公司项目管理组组长陈国友介绍。") == []
    assert names("是连接安徽、浙江、福建三省的省际干线公路。") == []
    # …but a capacity of machines names its plant.
    assert names("年产2000台智能成套变电站生产线项目开工。") == [
        "年产2000台智能成套变电站生产线项目"
    ]


def test_a_programme_others_and_a_school_signing_name_no_project() -> None:
    # The key projects of a quoted programme, the rest of a list, a numbered programme.
    assert names("列入浙江省“千项万亿”工程重点项目。") == []
    assert names("其他县(市、区)项目也在加快推进。") == []
    assert names("深入实施“一号开放工程”。") == []
    # …but a works so called is one.
    assert names("实施“旱改水”工程项目。") == ["“旱改水”工程项目"]
    # A school in a list of companies signing is a party to the signing.
    text = "阿迪斯蒙医有限公司、杭州市建兰中学、浙江某某科技有限公司分别与区政府签约。"
    assert names(text) == []


def test_what_a_plant_has_and_its_first_product_name_no_project() -> None:
    assert names("公司有40多条生产线。") == []
    assert names("建筑物有综合楼、生产车间。") == []
    assert names("佑昌包装年产1万吨泡沫板、6万吨纸箱项目开工。") == [
        "佑昌包装年产1万吨泡沫板、6万吨纸箱项目"
    ]


def test_and_inside_a_word_does_not_cut_a_name() -> None:
    text = "进一步引入小分子制剂项目、针对尼帕病毒的中和性抗体药物研发等项目。"
    assert sorted(names(text)) == ["中和性抗体药物研发项目", "小分子制剂项目"]


def test_water_and_landscape_works_are_named_by_their_works() -> None:
    assert names("推进分水镇城西景观工程。") == ["分水镇城西景观工程"]
    assert names("完成联村供水工程。") == ["联村供水工程"]


def test_firms_listed_as_key_projects_are_projects() -> None:
    text = "其中甬金、迪奥工贸、金满湖、新奥华纺纱等重大项目均已落地。"
    assert sorted(names(text)) == ["新奥华纺纱项目", "甬金项目", "迪奥工贸项目", "金满湖项目"]
    # …but sectors listed so are kinds of project.
    assert names("全力以赴推进基础设施、城市、交通、水利等重点项目。") == []


def test_a_firms_site_manager_and_the_steps_of_works_name_no_project() -> None:
    assert names("婺城区城投集团项目现场负责人潘重安说,全力推动。") == []
    assert names("工人们有序地进行基坑开挖等工程建设,现场一派繁忙。") == []


def test_two_roads_joined_by_one_works() -> None:
    text = "走访江滨南大道和西大道景观工程。"
    assert names(text) == ["江滨南大道和西大道景观工程"]
    # …but a kind of road joined to a road is no pair of roads.
    assert names("完成道路和城北路改造工程。") == ["城北路改造工程"]


def test_a_science_park_names_itself() -> None:
    text = "临江智能智造数字科创园作为婺城区培育战略性新兴产业的核心载体。"
    assert names(text) == ["临江智能智造数字科创园"]
    assert names("确保名弘科创园等6个工业改扩建项目投用。") == ["名弘科创园"]


def test_a_firms_new_plant_keeps_the_firms_name() -> None:
    # 厂房 alone says no project; the firm before 新建 says which.
    assert names("来到铁凝新建厂房项目现场。") == ["铁凝新建厂房项目"]
    assert names("来到铁凝新建厂房项目、年产15万吨元素新材料项目现场。") == [
        "年产15万吨元素新材料项目"
    ]
    assert names("公司新建厂房项目开工。") == []


def test_verbs_of_urging_entering_and_becoming_open_no_name() -> None:
    assert names("丽水市开年直接敲出百亿级制造业项目。") == []
    assert names("江山成为全国最大木门加工制造基地。") == []
    assert names("全区上下紧紧扭住平台项目。") == []
    assert names("调研组一行充分肯定新杭镇独立工矿区项目建设成效。") == ["新杭镇独立工矿区项目"]


def test_a_governments_yearly_batch_of_projects_is_no_project() -> None:
    assert names("建德市2023年政府民生实事项目全面完成。") == []
    assert names("票决产生2024年政府民生实事候选项目。") == []


def test_a_firms_phases_said_to_start_are_projects() -> None:
    text = "启德二期、艾特二期相继开工,发展后劲不断增强。"
    assert names(text) == ["启德二期", "艾特二期"]
    # …but a phase of no one's, or a company's, is not named.
    assert names("该项目二期开工。") == []
    assert names("公司二期开工。") == []
    assert names("计划明年二期开工。") == []


def test_roads_listed_before_a_works_word_are_projects() -> None:
    text = "扎实推进柯诸高速、诸义高速、诸嵊高速等工程,加快建设。"
    assert sorted(names(text)) == ["柯诸高速", "诸义高速", "诸嵊高速"]  # named as written
    text = "随着杭临绩高铁、留祥路西延、文一路西延等工程的稳步推进。"
    assert len(names(text)) == 3
    # …but kinds of works listed so are none.
    assert names("推进道路、桥梁、水利等工程的稳步推进。") == []


def test_finishing_touches_follow_a_facilitys_name() -> None:
    assert names("完成樟村供水站收尾工作。") == ["樟村供水站"]


def test_a_list_of_capacities_before_deng_xiangmu_is_its_items_only() -> None:
    text = "随着60万吨硫铁矿循环经济二期工程、年产6万吨试剂硫酸、年产10万吨生物柴油等项目的上马。"
    assert sorted(names(text)) == [
        "60万吨硫铁矿循环经济二期工程",
        "年产10万吨生物柴油项目",
        "年产6万吨试剂硫酸项目",
    ]
    # …but one capacity's products before 等 and a line: one project.
    assert names("建设年产4万吨特种亚克力保护纸等生产线项目。") == [
        "年产4万吨特种亚克力保护纸等生产线项目"
    ]


def test_a_rate_per_day_and_a_firms_he_stay_inside_a_listed_name() -> None:
    text = "加快推进金山金矿田整体开发、三和金业150吨/日冶炼技改等重大项目。"
    assert "三和金业150吨/日冶炼技改项目" in names(text)


def test_the_crux_of_the_work_is_no_project() -> None:
    assert names("今年,德兴市紧紧牵住项目牛鼻子,围绕产业谋划项目。") == []


def test_a_sectors_big_projects_and_aiming_at_projects_name_none() -> None:
    assert names("寿昌镇农业大项目招商再结硕果。") == []
    assert names("2024年开化县瞄准项目招引三大主攻方向。") == []


def test_sectors_listed_before_deng_xiangmu_are_kinds() -> None:
    text = "江根乡围绕经济林果种植与加工、生态养殖业、乡村旅游业等项目,主动上门对接。"
    assert names(text) == []
    # …but firms named for their trade are instances.
    assert len(names("引进托峰农业、CASA溪龙等项目。")) == 2


def test_a_list_counted_roughly_is_a_list_of_projects() -> None:
    text = "前吴乡引进了婚纱摄影基地、花前综合供能站等10多个项目。"
    assert "花前综合供能站项目" in names(text)


def test_a_school_or_hospital_at_work_is_no_project() -> None:
    assert names("衢州博文中学结合学校实际,提出建设性思路。") == []
    assert names("丽水经开区与丽水市人民医院签订战略合作协议。") == []
    assert names("目前,金华市中心医院已成为省级区域医疗中心之一。") == []
    # …but one being built is.
    assert sorted(names("城东小学、龙川幼儿园等项目集中开工。")) == ["城东小学", "龙川幼儿园"]
