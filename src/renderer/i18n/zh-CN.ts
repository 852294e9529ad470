// 简体中文界面文案（默认语言）。
export const zhCN = {
  app: { name: '政策观察台', tagline: '中国人工智能政策与大模型产业' },
  nav: { notes: '笔记', overview: '概览', timeline: '时间线', policies: '政策', vendors: '厂商', briefings: '简报', imports: '导入', settings: '设置' },
  common: {
    unknown: '未知', save: '保存', saved: '已保存', saving: '保存中…', delete: '删除', edit: '编辑', cancel: '取消',
    add: '添加', back: '返回', source: '出处', sources: '出处', loading: '载入中…', none: '暂无', open: '打开',
    localEntry: '本机录入', descriptiveTitle: '描述性标题：报告未给出文件名称', search: '搜索', count: '条',
  },
  level: { national: '国家', ministry: '部委', provincial: '省级', municipal: '市级', district: '区县' },
  relationOut: { implements: '落实', supersedes: '替代', amends: '修订', supports: '配套于', cites: '引用' },
  relationIn: { implements: '被以下文件落实', supersedes: '被以下文件替代', amends: '被以下文件修订', supports: '配套文件', cites: '被以下文件引用' },
  asOf: { not_issued: '尚未印发', not_yet_effective: '已印发，尚未施行', issued: '已印发（其后状态未知）', in_force: '现行有效', amended: '已修订', expired: '已失效', repealed: '已废止', superseded: '已被替代', draft: '征求意见稿', unknown: '状态未知' },
  status: { draft: '征求意见稿', in_force: '现行有效', amended: '已修订', superseded: '已被替代', repealed: '已废止', expired: '已失效', unknown: '状态未知' },
  topic: { compute: '算力', data: '数据', models: '模型', open_source: '开源', applications: '行业应用', safety_governance: '安全治理', talent: '人才', funding: '资金', ecosystem: '产业生态', innovation: '技术创新' },
  category: { general: '通用大模型', industry: '行业大模型', edge_cloud: '端云结合大模型', edge: '端侧大模型', cloud: '云侧大模型', other: '其他' },
  vendorKind: { company: '企业', research_institute: '研究机构', unknown: '类型未知' },
  origin: { cn: '国内', global: '国外' },
  eventKind: { open_source: '开源发布', milestone: '里程碑', product: '产品', market: '市场' },
  overview: {
    title: '概览', policies: '政策', vendors: '厂商', models: '模型', events: '产业事件', notes: '笔记', briefings: '简报',
    national: '国家政策', local: '地方政策', recentEvents: '开源与里程碑', dataSource: '默认数据来源',
  },
  timeline: {
    colorBy: '着色依据', asOf: '截至日期', eras: '五年规划期', brush: '框选时段', selected: '已选政策', showInList: '在列表中查看', title: '政策时间线', national: '国家', hint: '滚轮或拖动下方滑块缩放；点击政策打开详情。', events: '产业事件', since: '以来',
  },
  policies: {
    title: '政策', issued: '成文/发布', issuers: '发文机关', docNumber: '发文字号', docType: '文种', level: '层级',
    region: '地区', status: '状态', topics: '主题', summary: '摘要', keyMeasures: '要点', filterAll: '全部层级',
    titleCol: '标题', relations: '关联文件', asOfToday: '截至今日', validity: '有效期', commentPeriod: '征求意见期', province: '所属省份', notFound: '未找到该政策。', links: '链接', national: '国家', local: '地方',
  },
  notes: {
    pin: '置顶', tags: '标签', tagsPlaceholder: '#标签 用空格分隔', all: '全部笔记', orphan: '所属记录已删除', allTags: '全部标签', on: '关于', title: '笔记', add: '新建笔记', placeholder: '写下你的分析……（自动保存）', empty: '还没有笔记。', confirmDelete: '删除这条笔记？',
    updated: '更新于',
  },
  vendors: {
    title: '厂商档案', models: '模型', events: '动态', notFound: '未找到该厂商。', category: '类别', params: '参数规模',
    openSource: '开源', released: '发布', modalities: '模态', industries: '行业', yes: '是', no: '否', chips: '算力芯片',
    datasets: '训练语料', facts: '数据与判断', maker: '厂商', process: '工艺', fp16: 'FP16 算力', availability: '可得性', size: '规模',
    openness: '开放程度', unattributed: '报告未注明厂商的模型',
  },
  availability: { export_controlled: '受出口管制', substitute: '替代型号', domestic: '国产', unknown: '未知' },
  openness: { open: '开源', partly_open: '部分开源', closed: '不公开', unknown: '未知' },
  briefings: {
    title: '简报', new: '新建简报', untitled: '未命名简报', empty: '还没有简报。', titleLabel: '标题', print: '打印',
    exportPdf: '导出 PDF', confirmDelete: '删除这份简报？', updated: '更新于', bold: '加粗', italic: '斜体', h1: '一级标题',
    h2: '二级标题', bullet: '项目符号', ordered: '编号列表', quote: '引用', undo: '撤销', redo: '重做', chars: '字数',
    printedFrom: '政策观察台 · 打印于',
  },
  imports: {
    title: '导入', choose: '选择数据包文件…', preview: '导入预览', apply: '应用导入', applied: '已导入', history: '导入历史',
    invalid: '文件未通过校验，数据库未作任何改动：', add: '新增', change: '变更', unchanged: '未变', older: '较旧（跳过）',
    remove: '删除', absent: '不存在', field: '字段', publisher: '发布方', digest: '摘要', sequence: '序号', noChanges: '此数据包不会改动任何记录。',
    hint: '数据包为 JSON 格式（见 docs/bundle-format.md），校验摘要后先预览，再由你决定是否应用。',
  },
  settings: {
    title: '设置', language: '界面语言', theme: '主题', light: '浅色', dark: '深色', system: '跟随系统', storage: '本地存储',
    persisted: '已申请持久存储，浏览器不会自动清除数据', notPersisted: '未获持久存储授权', version: '版本', shell: '运行环境',
    backup: '备份', backupExport: '导出全部数据（JSON）', backupSaved: '已保存：',
    counts: '记录数量',
  },
  edit: {
    newTitle: '新建政策', editTitle: '编辑政策', fix: '请修正标出的字段后再保存。', aliases: '简称/别名', regionCode: '行政区划代码（GB/T 2260）',
    issued: '成文日期', published: '发布日期', effective: '施行日期', expires: '废止/失效日期', listHint: '多个用顿号或逗号分隔',
    oneLine: '每行一条', dateHint: '日期可只写到年或月：2023、2023-05、2023-05-30；“2023年以来”写作 2023+。', addRelation: '添加关联',
    relationType: '关联类型', newPolicy: '新建政策', deleted: '已删除政策', undo: '撤销', restored: '已恢复', saved: '已保存政策',
  },
  facets: {
    level: '层级', province: '省份', docType: '文种', status: '截至今日状态', topic: '主题', year: '年份', issuer: '发文机关', hasNotes: '有笔记',
    filter: '筛选标题、摘要、地区、文号……', clear: '清除筛选', views: '已存视图', saveView: '保存当前视图', viewName: '视图名称',
  },
  charts: {
    perYear: '各年政策数量（按层级）', map: '各省地方政策数量', heat: '地区 × 主题', lineage: '央地联动：国家到地方的落实关系',
    lineageHint: '左列为国家文件，右侧为省、市文件；连线为“落实”等关联。点击可打开文件。',
  },
  search: { title: '搜索', placeholder: '搜索政策、厂商、模型、笔记、简报……', none: '没有找到结果。', hint: '↑↓ 选择 · Enter 打开 · Esc 关闭 · Ctrl/⌘+K 随时打开', open: '搜索（Ctrl+K）' },
  searchKind: { policies: '政策', vendors: '厂商', models: '模型', notes: '笔记', briefings: '简报' },
  kinds: { policies: '政策', vendors: '厂商', models: '模型', events: '事件', chips: '芯片', datasets: '数据集', facts: '数据点' },
} as const
