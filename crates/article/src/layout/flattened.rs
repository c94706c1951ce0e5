//! Header runs whose line breaks became " . " (CNN/DailyMail style).
