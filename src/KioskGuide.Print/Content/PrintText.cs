namespace KioskGuide.Print.Content;

/// <summary>
/// A fixed text on paper in the kiosk's four languages. Kept here, with print, rather than in the kiosk's UI resources:
/// paper has its own wording (absolute dates, "scan the code") and the PDF library runs without the kiosk.
/// The Arabic and Ukrainian wordings are plain and careful, and should be reviewed by a native speaker.
/// </summary>
public sealed record PrintText(string Da, string En, string Ar, string Uk)
{
    public string For(string language) => PrintLanguages.Normalise(language) switch
    {
        "da" => Da,
        "ar" => Ar,
        "uk" => Uk,
        _ => En,
    };

    public static readonly PrintText When = new("Hvornår", "When", "متى", "Коли");
    public static readonly PrintText NextTimes = new("Næste gange", "Next times", "المواعيد القادمة", "Наступні зустрічі");
    public static readonly PrintText NoTimes = new("Kontakt arrangøren for tider.", "Contact the organiser for times.", "اسأل المنظم عن المواعيد.", "Час уточнюйте в організатора.");
    public static readonly PrintText Where = new("Hvor", "Where", "أين", "Де");
    public static readonly PrintText HowToGetThere = new("Sådan kommer du dertil", "How to get there", "كيف تصل إلى هناك", "Як дістатися");
    public static readonly PrintText Cost = new("Pris", "Cost", "السعر", "Ціна");
    public static readonly PrintText Free = new("Gratis", "Free", "مجاني", "Безкоштовно");
    public static readonly PrintText Kroner = new("{0} kr.", "DKK {0}", "{0} كرونة دنماركية", "{0} дат. крон");
    public static readonly PrintText HowToJoin = new("Sådan kommer du med", "How to join", "كيف تنضم", "Як долучитися");
    public static readonly PrintText Phone = new("Telefon", "Phone", "الهاتف", "Телефон");
    public static readonly PrintText Email = new("E-mail", "Email", "البريد الإلكتروني", "Ел. пошта");
    public static readonly PrintText Access = new("Tilgængelighed", "Accessibility", "سهولة الوصول", "Доступність");
    public static readonly PrintText StepFree = new("Adgang uden trin.", "Step-free access.", "مدخل بدون درج.", "Вхід без сходинок.");
    public static readonly PrintText NotStepFree = new("Der er trin ved adgangen.", "There are steps at the entrance.", "يوجد درج عند المدخل.", "Біля входу є сходинки.");
    public static readonly PrintText HearingLoop = new("Teleslynge.", "Hearing loop.", "حلقة سمعية.", "Індукційна петля.");
    public static readonly PrintText AccessibleToilet = new("Handicaptoilet.", "Accessible toilet.", "مرحاض لذوي الإعاقة.", "Доступний туалет.");
    public static readonly PrintText Organiser = new("Arrangør", "Organiser", "المنظم", "Організатор");
    public static readonly PrintText ForWhom = new("For hvem", "For whom", "لمن", "Для кого");
    public static readonly PrintText ForEveryone = new("Alle", "Everyone", "الجميع", "Для всіх");
    public static readonly PrintText Ages = new("Alder", "Age", "العمر", "Вік");
    public static readonly PrintText UpTo = new("op til {0}", "up to {0}", "حتى {0}", "до {0}");
    public static readonly PrintText Languages = new("Sprog", "Languages", "اللغات", "Мови");
    public static readonly PrintText And = new("og", "and", "و", "і");

    public static readonly PrintText JustShowUp = new("Mød bare op.", "Just show up.", "تعال فقط.", "Просто приходьте.");
    public static readonly PrintText CallFirst = new("Ring først.", "Call first.", "اتصل أولاً.", "Спершу зателефонуйте.");
    public static readonly PrintText SignUp = new("Tilmelding.", "Sign up in advance.", "سجّل مسبقاً.", "Потрібна попередня реєстрація.");
    public static readonly PrintText Referral = new("Kræver henvisning.", "Referral needed.", "يتطلب إحالة.", "Потрібне направлення.");

    public static readonly PrintText WebHeading = new("Se mere på nettet", "See more online", "اعرف المزيد على الإنترنت", "Більше в інтернеті");
    public static readonly PrintText WebHint = new("Scan koden med mobilen, eller skriv:", "Scan the code with your phone, or type:", "امسح الرمز بهاتفك، أو اكتب:", "Скануйте код телефоном або введіть:");
    public static readonly PrintText PhoneHeading = new("Ring og hør mere", "Call to hear more", "اتصل لتعرف المزيد", "Зателефонуйте, щоб дізнатися більше");
    public static readonly PrintText PhoneHint = new("Scan koden med mobilen, eller ring til:", "Scan the code with your phone, or call:", "امسح الرمز بهاتفك، أو اتصل بالرقم:", "Скануйте код телефоном або зателефонуйте:");

    public static readonly PrintText Contents = new("Indhold", "Contents", "المحتويات", "Зміст");
    public static readonly PrintText IndexByTown = new("Tilbud efter by", "Offers by town", "الأنشطة حسب المدينة", "Пропозиції за містом");
    public static readonly PrintText IndexByWeekday = new("Tilbud efter ugedag", "Offers by weekday", "الأنشطة حسب يوم الأسبوع", "Пропозиції за днем тижня");
    public static readonly PrintText OfferCount = new("{0} tilbud", "{0} offers", "{0} نشاط", "Пропозицій: {0}");
    public static readonly PrintText OneOffer = new("1 tilbud", "1 offer", "نشاط واحد", "1 пропозиція");
    public static readonly PrintText AllOffers = new("Alle tilbud", "All offers", "كل الأنشطة", "Усі пропозиції");
    public static readonly PrintText OtherOffers = new("Andre tilbud", "Other offers", "أنشطة أخرى", "Інші пропозиції");
    public static readonly PrintText PrintedOn = new("Udskrevet {0}", "Printed {0}", "طُبع في {0}", "Надруковано {0}");

    public static readonly PrintText Every = new("hver {0}", "every {0}", "كل يوم {0}", "щотижня у {0}");
    public static readonly PrintText Weekly = new("{0}", "{0}", "كل أسبوع: {0}", "щотижня: {0}");
    public static readonly PrintText EveryOtherWeek = new("hver anden uge", "every other week", "كل أسبوعين", "раз на два тижні");
    public static readonly PrintText EveryNthWeek = new("hver {0}. uge", "every {0} weeks", "كل {0} أسابيع", "раз на {0} тижні");
    public static readonly PrintText Monthly = new("hver måned", "every month", "كل شهر", "щомісяця");
    public static readonly PrintText UntilNextDay = new("til næste dag", "until the next day", "حتى اليوم التالي", "до наступного дня");
}
