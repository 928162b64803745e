namespace KioskGuide.Kiosk.Localization;

/// <summary>
/// The keys of the touch UI's fixed texts. The texts themselves are in UiText.resx (Danish, the neutral language)
/// and UiText.&lt;language&gt;.resx, read through <c>IStringLocalizer&lt;UiText&gt;</c> in the citizen's language
/// (<see cref="Session.KioskSession.T(string)"/>). A key is its own name, so a typo cannot compile.
/// </summary>
public sealed class UiText
{
    private UiText()
    {
    }

    public const string Home = nameof(Home);
    public const string Back = nameof(Back);
    public const string LeaveQuestionsTitle = nameof(LeaveQuestionsTitle);
    public const string LeaveQuestionsText = nameof(LeaveQuestionsText);
    public const string LeaveQuestionsStay = nameof(LeaveQuestionsStay);
    public const string LeaveQuestionsGo = nameof(LeaveQuestionsGo);
    public const string LargeText = nameof(LargeText);
    public const string HighContrast = nameof(HighContrast);
    public const string ChooseLanguage = nameof(ChooseLanguage);
    public const string KioskControls = nameof(KioskControls);
    public const string Welcome = nameof(Welcome);
    public const string WelcomeHint = nameof(WelcomeHint);
    public const string SearchPlaceholder = nameof(SearchPlaceholder);
    public const string Topics = nameof(Topics);
    public const string Search = nameof(Search);
    public const string SearchTitle = nameof(SearchTitle);
    public const string SearchField = nameof(SearchField);
    public const string TypeToSearch = nameof(TypeToSearch);
    public const string Keyboard = nameof(Keyboard);
    public const string Space = nameof(Space);
    public const string Backspace = nameof(Backspace);
    public const string ClearText = nameof(ClearText);
    public const string NoSearchResults = nameof(NoSearchResults);
    public const string ClearSearch = nameof(ClearSearch);
    public const string ShowResults = nameof(ShowResults);
    public const string ShowKeyboard = nameof(ShowKeyboard);
    public const string KeyboardSymbols = nameof(KeyboardSymbols);
    public const string KeyboardLetters = nameof(KeyboardLetters);
    public const string SearchLimitReached = nameof(SearchLimitReached);
    public const string MoreBelow = nameof(MoreBelow);
    public const string OneMoreBelow = nameof(OneMoreBelow);
    public const string OffersFound = nameof(OffersFound);
    public const string OneOfferFound = nameof(OneOfferFound);
    public const string Filters = nameof(Filters);
    public const string FilterWho = nameof(FilterWho);
    public const string FilterWhere = nameof(FilterWhere);
    public const string FilterWhen = nameof(FilterWhen);
    public const string FilterFree = nameof(FilterFree);
    public const string FilterStepFree = nameof(FilterStepFree);
    public const string ClearFilters = nameof(ClearFilters);
    public const string Anyone = nameof(Anyone);
    public const string Anywhere = nameof(Anywhere);
    public const string Anytime = nameof(Anytime);
    public const string Today = nameof(Today);
    public const string Tomorrow = nameof(Tomorrow);
    public const string Next7Days = nameof(Next7Days);
    public const string NoResults = nameof(NoResults);
    public const string NoResultsHint = nameof(NoResultsHint);
    public const string ShowMore = nameof(ShowMore);
    public const string NoUpcomingDate = nameof(NoUpcomingDate);
    public const string Close = nameof(Close);
    public const string When = nameof(When);
    public const string NextDates = nameof(NextDates);
    public const string NextBookable = nameof(NextBookable);
    public const string BookBy = nameof(BookBy);
    public const string BookingClosed = nameof(BookingClosed);
    public const string NoBookableDate = nameof(NoBookableDate);
    public const string NoDates = nameof(NoDates);
    public const string Where = nameof(Where);
    public const string HowToGetThere = nameof(HowToGetThere);
    public const string Price = nameof(Price);
    public const string Free = nameof(Free);
    public const string PriceKroner = nameof(PriceKroner);
    public const string HowToJoin = nameof(HowToJoin);
    public const string Contact = nameof(Contact);
    public const string Phone = nameof(Phone);
    public const string Organiser = nameof(Organiser);
    public const string Access = nameof(Access);
    public const string StepFree = nameof(StepFree);
    public const string NotStepFree = nameof(NotStepFree);
    public const string HearingLoop = nameof(HearingLoop);
    public const string AccessibleToilet = nameof(AccessibleToilet);
    public const string Languages = nameof(Languages);
    public const string ForWhom = nameof(ForWhom);
    public const string ForEveryone = nameof(ForEveryone);
    public const string Ages = nameof(Ages);
    public const string AgeFrom = nameof(AgeFrom);
    public const string AgeTo = nameof(AgeTo);
    public const string AgeBetween = nameof(AgeBetween);
    public const string PrintLeaflet = nameof(PrintLeaflet);
    public const string PrintPreviewTitle = nameof(PrintPreviewTitle);
    public const string PreparingLeaflet = nameof(PreparingLeaflet);
    public const string LeafletPage = nameof(LeafletPage);
    public const string LeafletTwoSides = nameof(LeafletTwoSides);
    public const string PrintConfirm = nameof(PrintConfirm);
    public const string PrintCancel = nameof(PrintCancel);
    public const string Printing = nameof(Printing);
    public const string PrintDone = nameof(PrintDone);
    public const string LaterDates = nameof(LaterDates);
    public const string PrintRetry = nameof(PrintRetry);
    public const string PrintCallInstead = nameof(PrintCallInstead);
    public const string PrintOffline = nameof(PrintOffline);
    public const string PrintStopped = nameof(PrintStopped);
    public const string PrintOutOfPaper = nameof(PrintOutOfPaper);
    public const string PrintPaperJam = nameof(PrintPaperJam);
    public const string PrintRefused = nameof(PrintRefused);
    public const string PrintCapReached = nameof(PrintCapReached);
    public const string PrintUnavailable = nameof(PrintUnavailable);
    public const string PageNotFound = nameof(PageNotFound);
    public const string OfferNotFound = nameof(OfferNotFound);
    public const string TextInDanish = nameof(TextInDanish);
    public const string JoinJustShowUp = nameof(JoinJustShowUp);
    public const string JoinCallFirst = nameof(JoinCallFirst);
    public const string JoinSignUp = nameof(JoinSignUp);
    public const string JoinReferral = nameof(JoinReferral);
    public const string StillThere = nameof(StillThere);
    public const string ResetCountdown = nameof(ResetCountdown);
    public const string Continue = nameof(Continue);
    public const string TouchToStart = nameof(TouchToStart);
    public const string AttractTitle = nameof(AttractTitle);
    public const string HaveYourSay = nameof(HaveYourSay);
    public const string HaveYourSayHint = nameof(HaveYourSayHint);
    public const string StartQuestions = nameof(StartQuestions);
    public const string StopQuestions = nameof(StopQuestions);
    public const string QuestionProgress = nameof(QuestionProgress);
    public const string NextQuestion = nameof(NextQuestion);
    public const string SkipQuestion = nameof(SkipQuestion);
    public const string ReviewTitle = nameof(ReviewTitle);
    public const string Skipped = nameof(Skipped);
    public const string ChangeAnswer = nameof(ChangeAnswer);
    public const string SendAnswers = nameof(SendAnswers);
    public const string Saving = nameof(Saving);
    public const string TooManyAnswers = nameof(TooManyAnswers);
    public const string AnswerNotSaved = nameof(AnswerNotSaved);
    public const string AnswerNotSavedDiskFull = nameof(AnswerNotSavedDiskFull);
    public const string BackToHome = nameof(BackToHome);
    public const string CharactersLeft = nameof(CharactersLeft);
    public const string NoCharactersLeft = nameof(NoCharactersLeft);
    public const string ScaleVeryUnhappy = nameof(ScaleVeryUnhappy);
    public const string ScaleUnhappy = nameof(ScaleUnhappy);
    public const string ScaleNeutral = nameof(ScaleNeutral);
    public const string ScaleHappy = nameof(ScaleHappy);
    public const string ScaleVeryHappy = nameof(ScaleVeryHappy);
    public const string YourText = nameof(YourText);
    public const string RemovedNote = nameof(RemovedNote);
    public const string LanguageName = nameof(LanguageName);

    // Dates and times for languages ScheduleWording does not word (DateWording)
    public const string DateToday = nameof(DateToday);
    public const string DateTomorrow = nameof(DateTomorrow);
    public const string DateFormat = nameof(DateFormat);
    public const string OccurrenceRelative = nameof(OccurrenceRelative);
    public const string OccurrenceOn = nameof(OccurrenceOn);
    public const string OccurrenceOngoing = nameof(OccurrenceOngoing);
    public const string UntilNextDay = nameof(UntilNextDay);
    public const string InstantAt = nameof(InstantAt);
    public const string RuleWeekly = nameof(RuleWeekly);
    public const string RuleFortnightly = nameof(RuleFortnightly);
    public const string ListAnd = nameof(ListAnd);

    /// <summary>The key of a language's name, e.g. "Language_ar" → "Arabisk" / "Arabic" / "العربية".</summary>
    public static string LanguageNameOf(string code) => "Language_" + code;
}
